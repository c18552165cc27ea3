package com.example.shop;

import static dev.tenkai.test.TenkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.util.VersionInfo;

/** The shop's topology checked offline with the test kit. */
class ShopTopologyTest {
  private final Topology shop = ShopTopology.topology();

  @Test
  void passesWhatApplyChecksAndOutlivesAZoneAndARestart() {
    assertThat(shop)
        .hasNoErrors()
        .survivesLossOfAnyZone()
        .keepsNeededCapacityOnLossOfAnyZone()
        .restart("web").neverBelowNeed().neverDown();
  }

  @Test
  void anUnknownGroupIsNamedWithTheGroupsThereAre() {
    assertThatThrownBy(() -> assertThat(shop).restart("nope")).isInstanceOf(AssertionError.class).hasMessageContaining("[web]");
  }

  @Test
  void tenkaiBomAlignsTheAwsSdkWithTheVersionTenkaiIsTestedWith() {
    assertThat(VersionInfo.SDK_VERSION).isEqualTo(System.getProperty("expected.awssdk.version"));
  }
}
