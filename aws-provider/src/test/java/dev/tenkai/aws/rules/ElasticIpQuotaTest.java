package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableAccountLimits;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link ElasticIpQuota}: a topology that violates it and one that does not. */
class ElasticIpQuotaTest {
  private final ElasticIpQuota rule = new ElasticIpQuota();

  private Topology serversWithElasticIps() {
    Topology t = modern();
    return ImmutableTopology.copyOf(t)
        .withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withElasticIp(true));
  }

  @Test
  void flagsMoreElasticIpsThanTheDefaultQuota() {
    assertThat(check(rule, serversWithElasticIps()))
        .containsExactly(
            "account.elasticIpQuota: the model needs 7 Elastic IPs (nat-a, nat-c, bastion, web x4) but the account's quota is 5");
  }

  @Test
  void acceptsARaisedQuotaAndTheReference() {
    Topology raised =
        ImmutableTopology.copyOf(serversWithElasticIps())
            .withAccount(ImmutableAccountLimits.builder().elasticIpQuota(7).build());
    assertThat(check(rule, raised)).isEmpty();
    assertThat(check(rule, modern())).as("two NAT gateways and the bastion: 3 of 5").isEmpty();
  }
}
