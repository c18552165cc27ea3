package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.tier;
import static dev.tenkai.aws.rules.Variants.withNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.ImmutableTier;
import dev.tenkai.model.Network;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link SubnetCidrSize}: a topology that violates it and one that does not. */
class SubnetCidrSizeTest {
  private final SubnetCidrSize rule = new SubnetCidrSize();

  @Test
  void flagsASubnetSmallerThanSlash28() {
    Network n = modern().network();
    Tier pub = n.tier("public").orElseThrow();
    Tier tiny =
        ImmutableTier.copyOf(pub).withSubnets(Subnet.of("a", "10.0.0.0/29"), Subnet.of("c", "10.0.1.0/24"));
    Topology t = withNetwork(ImmutableNetwork.copyOf(n).withTiers(tiny, n.tier("private").orElseThrow()));
    assertThat(check(rule, t))
        .containsExactly("network.tiers[public].subnets[a]: subnet block 10.0.0.0/29 is a /29; AWS allows /16 to /28");
  }

  @Test
  void flagsASubnetLargerThanSlash16() {
    Network n = modern().network();
    Tier big =
        ImmutableTier.copyOf(n.tier("private").orElseThrow())
            .withSubnets(Subnet.of("a", "10.128.0.0/15"), Subnet.of("c", "10.0.11.0/24"));
    Topology t =
        withNetwork(ImmutableNetwork.copyOf(n).withCidr("10.0.0.0/8").withTiers(n.tier("public").orElseThrow(), big));
    assertThat(check(rule, t))
        .containsExactly("network.tiers[private].subnets[a]: subnet block 10.128.0.0/15 is a /15; AWS allows /16 to /28");
  }

  @Test
  void acceptsSlash24Subnets() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
