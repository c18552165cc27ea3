package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TargetGroupName}: a topology that violates it and one that does not. */
class TargetGroupNameTest {
  // 25 characters: "<this>-web-lb" is exactly 32.
  private static final String TWENTY_FIVE = "a-very-long-topology-name";

  private final TargetGroupName rule = new TargetGroupName();

  @Test
  void acceptsALongNameBecauseItIsShortenedLikeTheLoadBalancers() {
    // The target group is named like its load balancer (the provider creates exactly that name).
    assertThat(AwsNames.targetGroup(named(TWENTY_FIVE + "-x"), modern().loadBalancers().get(0)))
        .isEqualTo(AwsNames.loadBalancer(named(TWENTY_FIVE + "-x"), modern().loadBalancers().get(0)))
        .hasSize(32);
    assertThat(check(rule, named(TWENTY_FIVE + "-x"))).isEmpty();
  }

  @Test
  void flagsADoubleHyphenThatTheLoadBalancerNameMayHave() {
    assertThat(check(new LoadBalancerName(), named("ref-"))).isEmpty();
    assertThat(check(rule, named("ref-")))
        .containsExactly("loadBalancers[web-lb]: target group name 'ref--web-lb' holds two consecutive hyphens");
  }

  @Test
  void acceptsExactly32CharactersAndTheReference() {
    assertThat(check(rule, named(TWENTY_FIVE))).as("'a-very-long-topology-name-web-lb' is 32 long").isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
