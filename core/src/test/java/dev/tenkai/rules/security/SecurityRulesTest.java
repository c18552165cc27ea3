package dev.tenkai.rules.security;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.of2012;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withCache;
import static dev.tenkai.rules.RuleTesting.withDb;
import static dev.tenkai.rules.RuleTesting.withFirewallRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableBastion;
import dev.tenkai.model.ImmutableServiceProfile;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {
  @Test
  void sshOpenToTheWorldIsFlagged() {
    Topology t = withFirewallRule(modern(), FirewallRule.allowCidr("0.0.0.0/0", "bastion", 22));
    assertThat(violations(new AdminPortOpenToWorld(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("firewall/0.0.0.0/0->bastion:22");
          assertThat(v.message()).isEqualTo("a firewall rule opens port 22 of bastion to 0.0.0.0/0");
        });
  }

  @Test
  void everyPortFromIpv6AnywhereOpensBothAdminPorts() {
    FirewallRule all = FirewallRule.builder().fromCidr("::/0").to("web").protocol(IpProtocol.ALL).fromPort(0).toPort(65535).build();
    assertThat(messages(new AdminPortOpenToWorld(), withFirewallRule(modern(), all)))
        .containsExactly("a firewall rule opens ports [22, 3389] of web to ::/0");
  }

  @Test
  void aBastionAcceptingSshFromAnywhereIsFlagged() {
    Topology m = modern();
    Topology t = ImmutableTopology.copyOf(m)
        .withBastion(ImmutableBastion.copyOf(m.bastion().orElseThrow()).withAllowedSources(List.of("0.0.0.0/0")));
    assertThat(messages(new AdminPortOpenToWorld(), t)).containsExactly("bastion bastion accepts SSH from 0.0.0.0/0");
  }

  @Test
  void sshFromKnownAddressesPasses() {
    assertThat(violations(new AdminPortOpenToWorld(), modern())).isEmpty();
  }

  @Test
  void adminAccessToAServerFromOutsideIsFlagged() {
    Topology t = withFirewallRule(modern(), FirewallRule.allowCidr("198.51.100.0/24", "web", 22));
    assertThat(messages(new AdminAccessBypassesBastion(), t))
        .containsExactly("a firewall rule lets 198.51.100.0/24 reach port 22 of web from outside the network;"
            + " administration goes through bastion bastion");
  }

  @Test
  void adminAccessThroughTheBastionOrFromInsidePasses() {
    assertThat(violations(new AdminAccessBypassesBastion(), modern())).isEmpty();
    Topology inside = withFirewallRule(modern(), FirewallRule.allowCidr("10.0.0.0/16", "web", 22));
    assertThat(violations(new AdminAccessBypassesBastion(), inside)).isEmpty();
  }

  @Test
  void aPubliclyAccessibleDatabaseIsFlagged() {
    Topology t = withDb(modern(), d -> d.withPubliclyAccessible(true));
    assertThat(violations(new DataStoreExposed(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("databases[db]");
          assertThat(v.message()).isEqualTo("database db is publicly accessible");
        });
  }

  @Test
  void aCacheInAPublicTierOpenToTheInternetIsFlagged() {
    Topology t = withFirewallRule(withCache(modern(), c -> c.withTier("public")), FirewallRule.allowCidr("0.0.0.0/0", "cache", 6379));
    assertThat(messages(new DataStoreExposed(), t))
        .containsExactly("cache cache lives in public tier public and admits 0.0.0.0/0 from outside the network"
            + " (firewall/0.0.0.0/0->cache:6379)");
  }

  @Test
  void privateDataStoresPass() {
    assertThat(violations(new DataStoreExposed(), modern())).isEmpty();
  }

  @Test
  void ingressFromAnywhereToAServerIsFlagged() {
    Topology t = withFirewallRule(modern(), FirewallRule.allowCidr("0.0.0.0/0", "web", 80));
    assertThat(violations(new IngressFromAnywhere(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("firewall/0.0.0.0/0->web:80");
          assertThat(v.message()).isEqualTo("a firewall rule admits 0.0.0.0/0 to web on tcp port 80");
        });
  }

  @Test
  void ingressFromAnywhereToTheLoadBalancerPasses() {
    assertThat(violations(new IngressFromAnywhere(), modern())).isEmpty();
    // An administration port alone is TK-SEC-001's finding, not this rule's.
    Topology ssh = withFirewallRule(modern(), FirewallRule.allowCidr("0.0.0.0/0", "bastion", 22));
    assertThat(violations(new IngressFromAnywhere(), ssh)).isEmpty();
  }

  @Test
  void unencryptedStorageIsFlagged() {
    Topology t = withCache(withDb(modern(), d -> d.withStorageEncrypted(false)), c -> c.withEncryptedAtRest(false));
    assertThat(messages(new StorageNotEncrypted(), t))
        .containsExactly("database db stores 20 GiB unencrypted", "cache cache is not encrypted at rest");
    assertThat(violations(new StorageNotEncrypted(), modern())).isEmpty();
  }

  @Test
  void plainHttpOnlyWithConfidentialDataIsFlagged() {
    assertThat(violations(new PlainHttpWithConfidentialData(), of2012()))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("loadBalancers[web-lb]");
          assertThat(v.message()).isEqualTo("load balancer web-lb serves confidential data over plain HTTP only (ports [80])");
        });
  }

  @Test
  void httpsOrNoConfidentialDataPasses() {
    assertThat(violations(new PlainHttpWithConfidentialData(), modern())).isEmpty();
    Topology notConfidential = ImmutableTopology.copyOf(of2012())
        .withService(ImmutableServiceProfile.copyOf(of2012().service()).withConfidentialData(false));
    assertThat(violations(new PlainHttpWithConfidentialData(), notConfidential)).isEmpty();
  }
}
