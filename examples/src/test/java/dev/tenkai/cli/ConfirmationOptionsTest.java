package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfirmationOptionsTest {
  private static ConfirmationOptions with(FakeTerminal terminal, boolean autoApprove) {
    ConfirmationOptions o = new ConfirmationOptions();
    o.terminal = terminal;
    o.autoApprove = autoApprove;
    return o;
  }

  @Test
  void withoutATerminalAndWithoutAutoApproveItRefusesWithExitCode2() {
    FakeTerminal none = FakeTerminal.absent();
    assertThatThrownBy(() -> with(none, false).confirmed("apply", "Apply?"))
        .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
        .hasMessageContaining("no terminal")
        .hasMessageContaining("--auto-approve");
    assertThatThrownBy(() -> with(none, false).requireAnswerable("destroy")).hasMessageStartingWith("destroy needs a confirmation");
    assertThat(none.questions).isEmpty();
  }

  @Test
  void autoApproveGoesAheadWithoutAsking() {
    FakeTerminal none = FakeTerminal.absent();
    assertThat(with(none, true).confirmed("apply", "Apply?")).isTrue();
    with(none, true).requireAnswerable("apply");
    FakeTerminal person = FakeTerminal.answering("no");
    assertThat(with(person, true).confirmed("apply", "Apply?")).isTrue();
    assertThat(person.questions).isEmpty();
  }

  @Test
  void onATerminalOnlyYesGoesAhead() {
    assertThat(with(FakeTerminal.answering("yes"), false).confirmed("apply", "Apply?")).isTrue();
    assertThat(with(FakeTerminal.answering(" YES "), false).confirmed("apply", "Apply?")).isTrue();
    for (String answer : new String[] {"y", "no", "", "yes please"}) {
      assertThat(with(FakeTerminal.answering(answer), false).confirmed("apply", "Apply?")).as(answer).isFalse();
    }
    // End of input (Ctrl-D) is not a yes.
    assertThat(with(FakeTerminal.answering(null), false).confirmed("apply", "Apply?")).isFalse();
  }

  @Test
  void theQuestionSaysWhatAndThatOnlyYesCounts() {
    FakeTerminal person = FakeTerminal.answering("no");
    with(person, false).confirmed("destroy", "Delete these 40 resource(s)?");
    assertThat(person.questions).singleElement().asString()
        .contains("Delete these 40 resource(s)?").contains("Only 'yes' will be accepted");
  }
}
