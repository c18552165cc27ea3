package dev.tenkai.test;

import static dev.tenkai.test.TenkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension on moto: the injected provider applies the reference deployment, and the next
 * test finds the emulator empty again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAwsExtensionTest {
  private static final Topology REFERENCE = ReferenceTopologies.modern();

  @RegisterExtension
  static LocalAwsExtension aws = LocalAwsExtension.forTopology(() -> REFERENCE);

  @Test
  @Order(1)
  void theInjectedProviderAppliesTheTopologyOnTheInjectedEmulator(AwsProvider provider, LocalEmulator emulator) {
    assertThat(emulator.isRunning()).isTrue();
    assertThat(provider.options().connection().endpoint()).contains(emulator.endpoint());
    // The HTTPS listener's certificate exists only because the extension requested it.
    ApplyResult result = provider.apply(provider.plan(REFERENCE), ApplyGate.validatedBy(TopologyAssert.applyChecks()), ApplyListener.NONE);
    assertThat(result.succeeded()).as(result.summary()).isTrue();
    assertThat(REFERENCE).plan(provider).hasNoChanges();
  }

  @Test
  @Order(2)
  void eachTestStartsFromAnEmptyEmulator(AwsProvider provider) {
    assertThat(REFERENCE).plan(provider).creates("vpc", "load-balancer/web-lb").creates(AwsKind.DB_INSTANCE, 1).destroysNothing();
  }
}
