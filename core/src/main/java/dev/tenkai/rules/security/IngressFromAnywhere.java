package dev.tenkai.rules.security;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ingress from every address to something other than a load balancer. */
@RuleInfo(
    id = "TK-SEC-004",
    severity = Severity.WARNING,
    summary = "A firewall rule admits traffic from anywhere to something other than a load balancer",
    rationale =
        "In the seed's design users reach the service only through the load balancer; every other host sits"
            + " behind it, the NAT or the bastion. (An administration port alone is TK-SEC-001's finding, a data"
            + " store TK-SEC-003's.)",
    remediation = "Admit 0.0.0.0/0 and ::/0 only on the load balancer's listener ports.")
public final class IngressFromAnywhere implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (FirewallRule r : t.firewallRules()) {
      if (r.fromCidr().isEmpty() || !AdminPorts.isAnywhere(r.fromCidr().get())) {
        continue;
      }
      ResourceKind kind = t.resources().get(r.to());
      boolean onlyAdminPort =
          r.protocol() == IpProtocol.TCP && r.fromPort() == r.toPort() && AdminPorts.PORTS.contains(r.fromPort());
      if (kind == ResourceKind.LOAD_BALANCER || kind == ResourceKind.DATABASE || kind == ResourceKind.CACHE
          || onlyAdminPort) {
        continue;
      }
      out.add(Violation.at(ResourcePath.firewallRule(r),
          "a firewall rule admits %s to %s on %s", r.fromCidr().get(), r.to(), ports(r)));
    }
    return out;
  }

  private static String ports(FirewallRule r) {
    if (r.protocol() == IpProtocol.ALL) {
      return "every protocol and port";
    }
    if (r.protocol() == IpProtocol.ICMP) {
      return "ICMP";
    }
    String proto = r.protocol().name().toLowerCase(Locale.ROOT);
    return r.fromPort() == r.toPort()
        ? proto + " port " + r.fromPort()
        : proto + " ports " + r.fromPort() + "-" + r.toPort();
  }
}
