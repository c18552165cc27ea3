package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TargetGroupName}: a topology that violates it and one that does not. */
class TargetGroupNameTest {
  // 25 characters: "<this>-web-lb" is exactly 32, "<this>-web-lb-tg" is 35.
  private static final String TWENTY_FIVE = "a-very-long-topology-name";

  private final TargetGroupName rule = new TargetGroupName();

  @Test
  void flagsATargetGroupNameOver32Characters() {
    // The load balancer's own name fits; the target group's, three characters longer, does not.
    assertThat(check(new LoadBalancerName(), named(TWENTY_FIVE))).isEmpty();
    assertThat(check(rule, named(TWENTY_FIVE)))
        .containsExactly(
            "loadBalancers[web-lb]: target group name 'a-very-long-topology-name-web-lb-tg' is 35 characters long (1 to 32 allowed)");
  }

  @Test
  void flagsADoubleHyphenThatTheLoadBalancerNameMayHave() {
    assertThat(check(new LoadBalancerName(), named("ref-"))).isEmpty();
    assertThat(check(rule, named("ref-")))
        .containsExactly("loadBalancers[web-lb]: target group name 'ref--web-lb-tg' holds two consecutive hyphens");
  }

  @Test
  void acceptsExactly32CharactersAndTheReference() {
    assertThat(check(rule, named("twenty-two-characters1"))).as("'twenty-two-characters1-web-lb-tg' is 32 long").isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
