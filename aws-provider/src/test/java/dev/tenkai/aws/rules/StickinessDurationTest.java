package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableStickiness;
import dev.tenkai.model.Stickiness;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link StickinessDuration}: a topology that violates it and one that does not. */
class StickinessDurationTest {
  private final StickinessDuration rule = new StickinessDuration();

  @Test
  void flagsMoreThanSevenDays() {
    assertThat(check(rule, withLoadBalancer(lb -> lb.withStickiness(Stickiness.on(Duration.ofDays(8))))))
        .containsExactly(
            "loadBalancers[web-lb].stickiness: duration 691200 s is not a whole number of seconds from 1 to 604800 (7 days)");
  }

  @Test
  void acceptsSevenDaysAndIgnoresADisabledDuration() {
    assertThat(check(rule, withLoadBalancer(lb -> lb.withStickiness(Stickiness.on(Duration.ofDays(7)))))).isEmpty();
    Stickiness off = ImmutableStickiness.builder().enabled(false).duration(Duration.ofDays(30)).build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withStickiness(off)))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
