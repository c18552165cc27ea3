package dev.tenkai.examples;

import static dev.tenkai.test.TenkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples checked as a team checks its own topology in its own build: with tenkai-test. */
class ExamplesUnderTheTestKitTest {

  @Test
  void theModernReferencePassesWhatApplyChecksAndOutlivesAZoneAndARestart() {
    assertThat(ReferenceDeployment.modern())
        .hasNoErrors()
        .survivesLossOfAnyZone()
        .keepsNeededCapacityOnLossOfAnyZone()
        .restart("web").neverBelowNeed().neverDown();
  }

  @Test
  void theSeedsPitfallsAreCaught() {
    assertThat(SeedPitfalls.topology()).hasFinding("TK-DNS-001");
    assertThatThrownBy(() -> assertThat(SeedPitfalls.topology()).hasNoErrors()).isInstanceOf(AssertionError.class);
    // Every server restarted at once, and the health check gives up before they boot.
    assertThatThrownBy(() -> assertThat(SeedPitfalls.topology()).restart("web").neverDown())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no server is in service");
  }

  @Test
  void scaledTopologiesOutliveAZone() {
    for (int servers : List.of(2, 10, 101)) {
      assertThat(ScaledTopologies.scaled(servers)).survivesLossOfAnyZone();
    }
  }
}
