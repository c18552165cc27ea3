package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link DeregistrationDelay}: a topology that violates it and one that does not. */
class DeregistrationDelayTest {
  private final DeregistrationDelay rule = new DeregistrationDelay();

  @Test
  void flagsMoreThanAnHour() {
    assertThat(check(rule, withLoadBalancer(lb -> lb.withDeregistrationDelay(Duration.ofSeconds(3601)))))
        .containsExactly(
            "loadBalancers[web-lb]: deregistration delay 3601 s is not a whole number of seconds from 0 to 3600");
  }

  @Test
  void acceptsZeroAndAnHour() {
    assertThat(check(rule, withLoadBalancer(lb -> lb.withDeregistrationDelay(Duration.ZERO)))).isEmpty();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withDeregistrationDelay(Duration.ofHours(1))))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
