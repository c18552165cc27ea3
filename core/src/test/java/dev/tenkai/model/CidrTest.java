package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CidrTest {
  @Test
  void containmentAndOverlap() {
    Cidr net = Cidr.parse("10.0.0.0/16", "n");
    assertThat(net.contains(Cidr.parse("10.0.3.0/24", "s"))).isTrue();
    assertThat(net.contains(Cidr.parse("10.1.0.0/24", "s"))).isFalse();
    assertThat(Cidr.parse("10.0.0.0/24", "x").overlaps(Cidr.parse("10.0.0.128/25", "y"))).isTrue();
    assertThat(Cidr.parse("10.0.0.0/25", "x").overlaps(Cidr.parse("10.0.0.128/25", "y"))).isFalse();
    assertThat(Cidr.parse("0.0.0.0/0", "x").isAnywhere()).isTrue();
  }

  @Test
  void carvesConsecutiveSubnets() {
    assertThat(Cidr.parse("10.0.0.0/16", "n").carve(24, 3, "p").stream().map(Cidr::toString).collect(Collectors.toList()))
        .containsExactly("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/30", "n").carve(32, 5, "network"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("network: 10.0.0.0/30 holds only 4 subnets of /32, 5 asked");
  }

  @Test
  void ipv6() {
    Cidr v6 = Cidr.parse("2001:db8::/56", "n");
    assertThat(v6.isIpv6()).isTrue();
    assertThat(v6.carve(64, 2, "p").stream().map(Cidr::toString).collect(Collectors.toList()))
        .containsExactly("2001:db8::/64", "2001:db8:0:1::/64");
    assertThat(Cidr.parse("::/0", "x").isAnywhere()).isTrue();
    assertThat(v6.overlaps(Cidr.parse("10.0.0.0/8", "y"))).isFalse();
  }

  @Test
  void refusesWhatIsNotABlock() {
    for (String bad : new String[] {"10.0.0.0", "10.0/16", "10.0.0.0/40", "", "10.0.0.256/24", "1.2.3.4/24"}) {
      assertThatThrownBy(() -> Cidr.parse(bad, "where"))
          .as(bad)
          .isInstanceOf(InvalidTopologyException.class)
          .hasMessageStartingWith("where: ");
    }
  }
}
