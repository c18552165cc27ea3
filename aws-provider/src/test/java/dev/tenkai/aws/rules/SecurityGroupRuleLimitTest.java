package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SecurityGroupRuleLimit}: a topology that violates it and one that does not. */
class SecurityGroupRuleLimitTest {
  private final SecurityGroupRuleLimit rule = new SecurityGroupRuleLimit();

  /** The modern reference plus {@code count} more rules into web-lb, each from {@code cidr(i)}. */
  private Topology withExtraRules(int count, boolean ipv6) {
    Topology t = modern();
    List<FirewallRule> rules = new ArrayList<>(t.firewallRules());
    for (int i = 0; i < count; i++) {
      String cidr = ipv6 ? "2001:db8:" + Integer.toHexString(i) + "::/48" : "198.51." + i + ".0/24";
      rules.add(FirewallRule.allowCidr(cidr, "web-lb", 443));
    }
    return ImmutableTopology.copyOf(t).withFirewallRules(rules);
  }

  @Test
  void flagsSixtyOneIpv4Rules() {
    // The reference already lets 0.0.0.0/0 in on 80 and 443: 59 more make 61.
    assertThat(check(rule, withExtraRules(59, false)))
        .containsExactly(
            "loadBalancers[web-lb]: security group of 'web-lb' would hold 61 IPv4 and 0 IPv6 inbound rules; AWS allows 60 of each");
  }

  @Test
  void countsRulesFromRolesAgainstBothVersions() {
    // web receives two rules from roles (web-lb, bastion): 59 IPv6 blocks more make 61 IPv6 rules.
    Topology t = modern();
    List<FirewallRule> rules = new ArrayList<>(t.firewallRules());
    for (int i = 0; i < 59; i++) {
      rules.add(FirewallRule.allowCidr("2001:db8:" + Integer.toHexString(i) + "::/48", "web", 80));
    }
    assertThat(check(rule, ImmutableTopology.copyOf(t).withFirewallRules(rules)))
        .containsExactly(
            "serverGroups[web]: security group of 'web' would hold 2 IPv4 and 61 IPv6 inbound rules; AWS allows 60 of each");
  }

  @Test
  void acceptsSixtyOfEachVersion() {
    Topology t = withExtraRules(58, false);
    List<FirewallRule> rules = new ArrayList<>(t.firewallRules());
    for (int i = 0; i < 60; i++) {
      rules.add(FirewallRule.allowCidr("2001:db8:" + Integer.toHexString(i) + "::/48", "web-lb", 443));
    }
    assertThat(check(rule, ImmutableTopology.copyOf(t).withFirewallRules(rules))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
