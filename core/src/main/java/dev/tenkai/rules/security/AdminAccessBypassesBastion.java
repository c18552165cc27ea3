package dev.tenkai.rules.security;

import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Administration access from outside the network to a host other than the bastion. */
@RuleInfo(
    id = "TK-SEC-002",
    severity = Severity.ERROR,
    summary = "An administration port of a host other than the bastion is reachable from outside the network",
    rationale =
        "The seed's bastion was the only host reached from outside for administration: one place to harden,"
            + " log and close. Direct access to other hosts bypasses it.",
    remediation =
        "Allow administration ports on other hosts only from the bastion (fromRole = the bastion's name).")
public final class AdminAccessBypassesBastion implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    String bastion = t.bastion().map(b -> b.name()).orElse(null);
    List<Violation> out = new ArrayList<>();
    for (FirewallRule r : t.firewallRules()) {
      List<Integer> ports = AdminPorts.admittedBy(r);
      if (!ports.isEmpty() && !r.to().equals(bastion) && AdminPorts.fromOutside(t, r)) {
        out.add(Violation.at(ResourcePath.firewallRule(r),
            "a firewall rule lets %s reach %s of %s from outside the network; %s",
            r.fromCidr().get(), AdminPorts.describe(ports), r.to(),
            bastion == null ? "the topology has no bastion" : "administration goes through bastion " + bastion));
      }
    }
    return out;
  }
}
