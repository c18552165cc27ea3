package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * plan, apply and destroy where they must stop before any call: no terminal to ask on, validation
 * errors, no credentials, contradicting options. None of these starts an emulator.
 */
class AwsCommandsTest {
  /** Credentials that cannot be resolved, as on a machine with no AWS configuration. */
  private static final Supplier<AwsCredentialsProvider> NO_CREDENTIALS = () -> () -> {
    throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
  };

  @Test
  void applyWithoutATerminalAndWithoutAutoApproveRefusesWithExitCode2() {
    FakeTerminal none = FakeTerminal.absent();
    CommandRun run = CommandRun.with(none.factory(null), "apply", "--local");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("apply needs a confirmation").contains("no terminal").contains("--auto-approve");
    // Refused before anything slow: no emulator was started, no plan made.
    assertThat(run.err).doesNotContain("Starting a local AWS emulator");
    assertThat(run.out).isEmpty();
  }

  @Test
  void helpStatesTheRetryBudgetAndItsDefault() {
    CommandRun run = CommandRun.of("apply", "--help");
    assertThat(run.out).contains("--max-attempts=N").contains("default: " + AwsTargetOptions.DEFAULT_MAX_ATTEMPTS);
  }

  @Test
  void aRetryBudgetOutsideOneToTwentyIsRefusedBeforeAnyCall() {
    CommandRun run = CommandRun.of("plan", "--endpoint", "http://127.0.0.1:9", "--max-attempts", "0");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--max-attempts must be 1..20, got 0");
  }

  @Test
  void destroyWithoutATerminalAndWithoutAutoApproveRefusesWithExitCode2() {
    CommandRun run = CommandRun.with(FakeTerminal.absent().factory(null), "destroy", "--endpoint", "http://127.0.0.1:9");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("destroy needs a confirmation").contains("--auto-approve");
  }

  @Test
  void underTheTestRunnerTheRealConsoleIsNoTerminalEither() {
    // Surefire's forked JVM reads a pipe: the system terminal must count as absent, or apply would wait.
    CommandRun run = CommandRun.of("apply", "--local");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("no terminal");
  }

  @Test
  void applyRefusesATopologyWithValidationErrorsAndListsThem() {
    CommandRun run = CommandRun.of("apply", "--example", "reference-2012", "--local", "--auto-approve");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("TK-SEC-006") // a built-in rule's finding
        .contains("AWS-016") // and an AWS constraint's
        .contains("refusing to apply reference-2012")
        .contains("--override-errors REASON")
        .doesNotContain("Starting a local AWS emulator");
  }

  @Test
  void overridingErrorsNeedsAWrittenReason() {
    CommandRun run = CommandRun.of("apply", "--example", "reference-2012", "--local", "--auto-approve", "--override-errors", " ");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--override-errors needs a written reason");
  }

  @Test
  void withoutCredentialsPlanStopsNamingBothWaysForward() {
    CommandRun run = CommandRun.with(FakeTerminal.absent().factory(NO_CREDENTIALS), "plan");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err)
        .contains("no AWS credentials found")
        .contains("AWS_PROFILE") // way one: configure credentials
        .contains("--local") // way two: an emulator
        .contains("--endpoint")
        .doesNotContain("Exception\n\tat");
    assertThat(run.out).isEmpty();
  }

  @Test
  void withoutCredentialsApplyAndDestroyStopToo() {
    FakeTerminal person = FakeTerminal.answering("yes");
    CommandRun apply = CommandRun.with(person.factory(NO_CREDENTIALS), "apply", "--auto-approve");
    assertThat(apply.exitCode).isEqualTo(1);
    assertThat(apply.err).contains("no AWS credentials found").contains("--local");
    CommandRun destroy = CommandRun.with(person.factory(NO_CREDENTIALS), "destroy");
    assertThat(destroy.exitCode).isEqualTo(1);
    assertThat(destroy.err).contains("no AWS credentials found").contains("--endpoint");
    assertThat(person.questions).isEmpty();
  }

  @Test
  void localAndEndpointTogetherAreAUsageError() {
    CommandRun run = CommandRun.of("plan", "--local", "--endpoint", "http://127.0.0.1:5000");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("either --local or --endpoint");
  }

  @Test
  void anEndpointMustBeAUrl() {
    CommandRun run = CommandRun.of("plan", "--endpoint", "localhost");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--endpoint").contains("'localhost'");
  }

  @Test
  void anImageMustBeAnAmiId() {
    CommandRun run = CommandRun.of("plan", "--endpoint", "http://127.0.0.1:9", "--image", "web=ubuntu");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("must be an AMI id").contains("ubuntu");
  }

  @Test
  void planRejectsAnUnknownFormat() {
    CommandRun run = CommandRun.of("plan", "--local", "--format", "yaml");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--format").contains("yaml");
  }

  @Test
  void theDemoOfATopologyWithErrorsStopsBeforeApplyWithoutStartingAnEmulator() {
    CommandRun run = CommandRun.of("demo", "--example", "reference-2012");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).containsSubsequence("== 1. The topology: reference-2012", "== 2. Validation", "TK-SEC-006", "== 3. What if a zone fails?");
    assertThat(run.out).doesNotContain("Starting a local AWS emulator").doesNotContain("== 5.");
    assertThat(run.err).contains("the demo stops before apply").contains("validation error(s)");
  }

  @Test
  void helpSaysThatLocalStateDiesWithTheCommand() {
    for (String verb : new String[] {"apply", "destroy"}) {
      CommandRun help = CommandRun.of(verb, "--help");
      assertThat(help.exitCode).isZero();
      assertThat(help.out.replaceAll("\\s+", " ")).as(verb)
          .contains("--auto-approve").contains("--local").contains("--endpoint").contains("without a terminal, refuses");
    }
    assertThat(CommandRun.of("destroy", "--help").out.replaceAll("\\s+", " ")).contains("finds nothing that an earlier 'apply --local' created");
  }
}
