package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.HealthCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link HealthCheckTimeoutBelowInterval}: a topology that violates it and one that does not. */
class HealthCheckTimeoutBelowIntervalTest {
  private final HealthCheckTimeoutBelowInterval rule = new HealthCheckTimeoutBelowInterval();

  @Test
  void flagsATimeoutEqualToTheInterval() {
    HealthCheck hc = HealthCheck.builder().interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(10)).build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withHealthCheck(hc))))
        .containsExactly("loadBalancers[web-lb].healthCheck: timeout 10 s is not below the interval 10 s");
  }

  @Test
  void acceptsATimeoutBelowTheInterval() {
    HealthCheck hc = HealthCheck.builder().interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(9)).build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withHealthCheck(hc)))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
