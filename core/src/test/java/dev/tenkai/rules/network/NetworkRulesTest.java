package dev.tenkai.rules.network;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.of2012;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withWeb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.AccountLimits;
import dev.tenkai.model.Egress;
import dev.tenkai.model.ImmutableAccountLimits;
import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.ImmutableTier;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Tier;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkRulesTest {
  @Test
  void aZoneWithServersButNoNatIsFlagged() {
    Topology t = ImmutableTopology.copyOf(modern()).withEgress(Egress.builder()
        .addNat(Nat.builder().name("nat-a").kind(NatKind.GATEWAY).zone("a").addServesZone("a").build())
        .build());
    assertThat(violations(new PrivateSubnetWithoutNat(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("network.tiers[private].subnets[c]");
          assertThat(v.message())
              .isEqualTo("tier private routes to a NAT, but no NAT serves zone c, where it hosts server group web");
        });
  }

  @Test
  void everyZoneServedPasses() {
    assertThat(violations(new PrivateSubnetWithoutNat(), modern())).isEmpty();
    assertThat(violations(new PrivateSubnetWithoutNat(), of2012())).isEmpty();
  }

  @Test
  void aPrivateTierRoutedToTheInternetGatewayIsFlagged() {
    Topology m = modern();
    List<Tier> tiers = new ArrayList<>(m.network().tiers());
    tiers.set(1, ImmutableTier.copyOf(tiers.get(1)).withRoute(RouteIntent.INTERNET_GATEWAY));
    Topology t = ImmutableTopology.copyOf(m).withNetwork(ImmutableNetwork.copyOf(m.network()).withTiers(tiers));
    assertThat(violations(new PrivateTierRoutedToInternetGateway(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("network.tiers[private]");
          assertThat(v.message()).isEqualTo("tier private is private but its default route points to the internet gateway");
        });
    assertThat(violations(new PrivateTierRoutedToInternetGateway(), m)).isEmpty();
  }

  @Test
  void elasticIpsBeyondTheQuotaAreFlagged() {
    Topology t = withWeb(modern(), g -> g.withElasticIp(true));
    assertThat(violations(new ElasticIpsBeyondQuota(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("account");
          assertThat(v.message())
              .isEqualTo("the topology needs 7 Elastic IPs (nat-a, nat-c, bastion, web x4)"
                  + " but the account allows 5");
        });
  }

  @Test
  void elasticIpsUpToTheQuotaPass() {
    AccountLimits three = ImmutableAccountLimits.builder().elasticIpQuota(3).build();
    assertThat(violations(new ElasticIpsBeyondQuota(), ImmutableTopology.copyOf(modern()).withAccount(three))).isEmpty();
    AccountLimits two = ImmutableAccountLimits.builder().elasticIpQuota(2).build();
    assertThat(messages(new ElasticIpsBeyondQuota(), ImmutableTopology.copyOf(modern()).withAccount(two)))
        .containsExactly("the topology needs 3 Elastic IPs (nat-a, nat-c, bastion) but the account allows 2");
  }

  @Test
  void elasticIpsOnServersAreFlagged() {
    Topology t = withWeb(modern(), g -> g.withElasticIp(true));
    assertThat(messages(new ElasticIpOnServers(), t)).containsExactly("each of the 4 servers of web holds an Elastic IP");
    assertThat(violations(new ElasticIpOnServers(), modern())).isEmpty();
  }
}
