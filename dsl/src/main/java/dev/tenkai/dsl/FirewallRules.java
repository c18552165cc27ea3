package dev.tenkai.dsl;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableFirewallRule;
import dev.tenkai.model.IpProtocol;
import java.util.ArrayList;
import java.util.List;

/** The {@link Firewall} sentences collected in order; each finished rule is a model value. */
final class FirewallRules implements Firewall.Allowed {
  private static final String ANYWHERE = "0.0.0.0/0";

  private final List<ImmutableFirewallRule> rules = new ArrayList<>();

  @Override
  public Source allow(String role) {
    return to -> new Ports(FirewallRule.builder().fromRole(role).to(to));
  }

  @Override
  public Source allowCidr(String cidr) {
    return to -> new Ports(FirewallRule.builder().fromCidr(cidr).to(to));
  }

  @Override
  public Source allowInternet() {
    return allowCidr(ANYWHERE);
  }

  @Override
  public Firewall because(String description) {
    int last = rules.size() - 1;
    rules.set(last, rules.get(last).withDescription(description));
    return this;
  }

  List<FirewallRule> build() {
    return List.copyOf(rules);
  }

  /** The ports step of one rule. */
  private final class Ports implements Destination {
    private final ImmutableFirewallRule.Builder rule;

    Ports(ImmutableFirewallRule.Builder rule) {
      this.rule = rule;
    }

    @Override
    public Allowed on(int port) {
      return onPorts(port, port);
    }

    @Override
    public Allowed onPorts(int from, int to) {
      return add(rule.fromPort(from).toPort(to));
    }

    @Override
    public Allowed onUdp(int port) {
      return add(rule.protocol(IpProtocol.UDP).fromPort(port).toPort(port));
    }

    @Override
    public Allowed onIcmp() {
      return add(rule.protocol(IpProtocol.ICMP).fromPort(0).toPort(0));
    }

    @Override
    public Allowed onAllTraffic() {
      return add(rule.protocol(IpProtocol.ALL).fromPort(0).toPort(65535));
    }

    private Allowed add(ImmutableFirewallRule.Builder complete) {
      rules.add(complete.build());
      return FirewallRules.this;
    }
  }
}
