package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link LoadBalancerName}: a topology that violates it and one that does not. */
class LoadBalancerNameTest {
  // 25 characters: "<this>-web-lb" is exactly 32.
  private static final String TWENTY_FIVE = "a-very-long-topology-name";

  private final LoadBalancerName rule = new LoadBalancerName();

  @Test
  void acceptsANameOver32CharactersBecauseItIsShortened() {
    assertThat(AwsNames.loadBalancer(named(TWENTY_FIVE + "x"), modern().loadBalancers().get(0)))
        .hasSize(32).startsWith("a-very-long-topology-name-").matches(".*-[0-9a-f]{6}");
    assertThat(check(rule, named(TWENTY_FIVE + "x"))).isEmpty();
  }

  @Test
  void flagsTheInternalPrefix() {
    assertThat(check(rule, named("internal")))
        .containsExactly("loadBalancers[web-lb]: AWS name 'internal-web-lb' starts with 'internal-'");
  }

  @Test
  void acceptsExactly32Characters() {
    assertThat(AwsNames.loadBalancer(named(TWENTY_FIVE), modern().loadBalancers().get(0))).hasSize(32);
    assertThat(check(rule, named(TWENTY_FIVE))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
