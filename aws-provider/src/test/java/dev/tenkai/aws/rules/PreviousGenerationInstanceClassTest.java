package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableBastion;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link PreviousGenerationInstanceClass}: a topology that violates it and one that does not. */
class PreviousGenerationInstanceClassTest {
  private final PreviousGenerationInstanceClass rule = new PreviousGenerationInstanceClass();

  private static Topology bastionOf(String instanceClass) {
    Topology t = modern();
    return ImmutableTopology.copyOf(t)
        .withBastion(ImmutableBastion.copyOf(t.bastion().orElseThrow()).withInstanceClass(instanceClass));
  }

  @Test
  void flagsTheSeedsM1Small() {
    assertThat(check(rule, bastionOf("m1.small")))
        .containsExactly("bastion: EC2 instance class 'm1.small' is of the previous generation (family m1)");
  }

  @Test
  void acceptsCurrentGeneration() {
    assertThat(check(rule, bastionOf("t3.small"))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
