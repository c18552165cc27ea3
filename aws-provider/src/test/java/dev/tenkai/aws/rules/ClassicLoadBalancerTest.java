package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.LoadBalancerKind;
import org.junit.jupiter.api.Test;

/** {@link ClassicLoadBalancer}: a topology that violates it and one that does not. */
class ClassicLoadBalancerTest {
  private final ClassicLoadBalancer rule = new ClassicLoadBalancer();

  @Test
  void flagsAClassicLoadBalancer() {
    assertThat(check(rule, withLoadBalancer(lb -> lb.withKind(LoadBalancerKind.CLASSIC))))
        .containsExactly(
            "loadBalancers[web-lb]: load balancer 'web-lb' is a classic load balancer; the AWS provider creates application load balancers only");
  }

  @Test
  void acceptsAnApplicationLoadBalancer() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
