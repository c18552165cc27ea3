package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.HealthCheck;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link AlbHealthCheckRange}: a topology that violates it and one that does not. */
class AlbHealthCheckRangeTest {
  private final AlbHealthCheckRange rule = new AlbHealthCheckRange();

  @Test
  void flagsEverySettingOutOfRange() {
    HealthCheck hc =
        HealthCheck.builder()
            .interval(Duration.ofMillis(4500))
            .timeout(Duration.ofSeconds(1))
            .healthyThreshold(1)
            .unhealthyThreshold(11)
            .build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withHealthCheck(hc))))
        .containsExactly(
            "loadBalancers[web-lb].healthCheck: interval 4.5 s is not a whole number of seconds from 5 to 300",
            "loadBalancers[web-lb].healthCheck: timeout 1 s is not a whole number of seconds from 2 to 120",
            "loadBalancers[web-lb].healthCheck: healthy threshold 1 is not from 2 to 10",
            "loadBalancers[web-lb].healthCheck: unhealthy threshold 11 is not from 2 to 10");
  }

  @Test
  void acceptsTheBoundaries() {
    HealthCheck low =
        HealthCheck.builder()
            .interval(Duration.ofSeconds(5))
            .timeout(Duration.ofSeconds(2))
            .healthyThreshold(2)
            .unhealthyThreshold(2)
            .build();
    HealthCheck high =
        HealthCheck.builder()
            .interval(Duration.ofSeconds(300))
            .timeout(Duration.ofSeconds(120))
            .healthyThreshold(10)
            .unhealthyThreshold(10)
            .build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withHealthCheck(low)))).isEmpty();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withHealthCheck(high)))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
