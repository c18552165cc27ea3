package com.example.shop;

import static dev.tenkai.test.TenkaiAssertions.assertThat;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.model.Topology;
import dev.tenkai.test.LocalAwsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shop's topology planned on the local emulator the test kit starts (tenkai-test's own tests apply one). */
class ShopOnEmulatorTest {
  private static final Topology SHOP = ShopTopology.topology();

  @RegisterExtension
  static LocalAwsExtension aws = LocalAwsExtension.forTopology(() -> SHOP);

  @Test
  void aFirstPlanCreatesTheWholeStackAndDestroysNothing(AwsProvider provider) {
    // The plan reads the emulator's account (zones, what the stack already owns): nothing yet.
    assertThat(SHOP).plan(provider)
        .creates("vpc", "load-balancer/shop-lb", "subnet/public/d", "subnet/private/d")
        .creates(AwsKind.SUBNET, 6)
        .creates(AwsKind.NAT_GATEWAY, 3)
        .creates(AwsKind.DB_INSTANCE, 1)
        .destroysNothing();
  }
}
