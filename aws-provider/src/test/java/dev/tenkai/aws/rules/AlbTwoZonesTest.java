package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link AlbTwoZones}: a topology that violates it and one that does not. */
class AlbTwoZonesTest {
  private final AlbTwoZones rule = new AlbTwoZones();

  @Test
  void flagsAOneZoneAlb() {
    assertThat(check(rule, Variants.withLoadBalancer(lb -> lb.withZones("a"))))
        .containsExactly(
            "loadBalancers[web-lb]: application load balancer serves only zones [a]; AWS requires subnets in at least two zones");
  }

  @Test
  void acceptsTwoZones() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
