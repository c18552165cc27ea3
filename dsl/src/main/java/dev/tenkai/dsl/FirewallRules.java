package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.ImmutableFirewallRule;
import dev.tenkai.model.IpProtocol;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The {@link Firewall} sentences collected in order; each finished rule is a model value. A
 * sentence begun and never finished (possible in a block lambda, where a statement's value is
 * dropped) stays open and fails {@link #build()}, naming it.
 */
final class FirewallRules implements Firewall.Allowed {
  private static final String ANYWHERE = "0.0.0.0/0";

  private final List<ImmutableFirewallRule> rules = new ArrayList<>();
  private final Set<OpenStep> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private int begun;

  @Override
  public Source allow(String role) {
    return new From(role, null, "'" + role + "'");
  }

  @Override
  public Source allowCidr(String cidr) {
    return new From(null, cidr, "'" + cidr + "'");
  }

  @Override
  public Source allowInternet() {
    return new From(null, ANYWHERE, "internet");
  }

  @Override
  public Firewall because(String description) {
    int last = rules.size() - 1;
    rules.set(last, rules.get(last).withDescription(description));
    return this;
  }

  /**
   * The finished rules.
   *
   * @throws dev.tenkai.model.InvalidTopologyException naming the first sentence left unfinished
   */
  List<FirewallRule> build() {
    OpenStep first = open.stream().min((a, b) -> Integer.compare(a.order(), b.order())).orElse(null);
    check(first == null, "firewallRules", "%s%s", first == null ? "" : first.unfinished(),
        open.size() > 1 ? " (and " + (open.size() - 1) + " more unfinished rule(s))" : "");
    return List.copyOf(rules);
  }

  /** A sentence begun and not finished yet. */
  private interface OpenStep {
    int order();

    String unfinished();
  }

  /** A rule with its source, waiting for its destination. */
  private final class From implements Source, OpenStep {
    private final String role;
    private final String cidr;
    private final String shown;
    private final int order = begun++;

    From(String role, String cidr, String shown) {
      this.role = role;
      this.cidr = cidr;
      this.shown = shown;
      open.add(this);
    }

    @Override
    public Destination to(String destination) {
      open.remove(this);
      return new Ports(this, destination);
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public String unfinished() {
      return "firewall rule from " + shown + " has no destination: add .to(ROLE).on(PORT)";
    }
  }

  /** The ports step of one rule. */
  private final class Ports implements Destination, OpenStep {
    private final From from;
    private final String destination;

    Ports(From from, String destination) {
      this.from = from;
      this.destination = destination;
      open.add(this);
    }

    @Override
    public Allowed on(int port) {
      return onPorts(port, port);
    }

    @Override
    public Allowed onPorts(int from, int to) {
      return add(rule().fromPort(from).toPort(to));
    }

    @Override
    public Allowed onUdp(int port) {
      return add(rule().protocol(IpProtocol.UDP).fromPort(port).toPort(port));
    }

    @Override
    public Allowed onIcmp() {
      return add(rule().protocol(IpProtocol.ICMP).fromPort(0).toPort(0));
    }

    @Override
    public Allowed onAllTraffic() {
      return add(rule().protocol(IpProtocol.ALL).fromPort(0).toPort(65535));
    }

    private ImmutableFirewallRule.Builder rule() {
      ImmutableFirewallRule.Builder b = FirewallRule.builder();
      if (from.role != null) {
        b.fromRole(from.role);
      } else {
        b.fromCidr(from.cidr);
      }
      return b.to(destination);
    }

    private Allowed add(ImmutableFirewallRule.Builder complete) {
      open.remove(this);
      rules.add(complete.build());
      return FirewallRules.this;
    }

    @Override
    public int order() {
      return from.order;
    }

    @Override
    public String unfinished() {
      return "firewall rule '" + from.shown.replace("'", "") + " -> " + destination + "' has no port: add .on(PORT)";
    }
  }
}
