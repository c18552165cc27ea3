package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.tier;
import static dev.tenkai.aws.rules.Variants.withNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.Network;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link VpcCidrSize}: a topology that violates it and one that does not. */
class VpcCidrSizeTest {
  private final VpcCidrSize rule = new VpcCidrSize();

  @Test
  void flagsABlockLargerThanSlash16() {
    Topology t = withNetwork(ImmutableNetwork.copyOf(modern().network()).withCidr("10.0.0.0/8"));
    assertThat(check(rule, t)).containsExactly("network: VPC block 10.0.0.0/8 is a /8; AWS allows /16 to /28");
  }

  @Test
  void flagsAnIpv6Block() {
    Network v6 =
        Network.builder()
            .cidr("2001:db8::/56")
            .addTier(tier("public", TierKind.PUBLIC, "2001:db8::/64", "2001:db8:0:1::/64"))
            .addTier(tier("private", TierKind.PRIVATE, "2001:db8:0:10::/64", "2001:db8:0:11::/64"))
            .build();
    assertThat(check(rule, withNetwork(v6)))
        .containsExactly("network: VPC block 2001:db8::/56 is IPv6; a VPC's primary block is IPv4");
  }

  @Test
  void acceptsSlash16() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
