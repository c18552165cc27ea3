package dev.tenkai.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyGateTest {
  @Test
  void theApplyValidatorIsEveryBuiltInPackThenTheAwsPack() {
    List<String> expected = new ArrayList<>(BuiltInRules.validator().packs().stream().map(RulePack::name).toList());
    expected.add(AwsRules.PACK_NAME);
    assertThat(AwsRules.applyValidator().packs()).extracting(RulePack::name).containsExactlyElementsOf(expected);
  }

  @Test
  void theStandardGateRefusesAnAwsOnlyError() {
    // A region AWS does not have, which the provider-neutral rules cannot know. (A name too long for
    // AWS no longer serves: the naming scheme shortens it.)
    Topology t = ImmutableTopology.copyOf(ReferenceTopologies.modern()).withRegion("xx-nowhere-1");
    assertThat(BuiltInRules.validator().validate(t).hasErrors()).isFalse();
    assertThatThrownBy(() -> ApplyGate.standard().check(t, ApplyListener.NONE))
        .isInstanceOf(ApplyRefusedException.class)
        .hasMessageContaining("AWS-030");
  }

  @Test
  void theStandardGatePassesTheReferenceDeployment() {
    ApplyGate.standard().check(ReferenceTopologies.modern(), ApplyListener.NONE);
  }
}
