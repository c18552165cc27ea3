package dev.tenkai.rules.security;

import dev.tenkai.model.Bastion;
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

/** SSH or RDP open to the whole internet. */
@RuleInfo(
    id = "TK-SEC-001",
    severity = Severity.ERROR,
    summary = "SSH or another administration port (22, 3389) is open to 0.0.0.0/0 or ::/0",
    rationale =
        "An administration port open to every address is scanned and brute-forced within minutes. The seed"
            + " kept SSH to the bastion, reached only from known addresses.",
    remediation = "Allow administration ports only from your own address blocks, and only to the bastion.")
public final class AdminPortOpenToWorld implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (FirewallRule r : t.firewallRules()) {
      List<Integer> ports = AdminPorts.admittedBy(r);
      if (r.fromCidr().isPresent() && AdminPorts.isAnywhere(r.fromCidr().get()) && !ports.isEmpty()) {
        out.add(Violation.at(ResourcePath.firewallRule(r),
            "a firewall rule opens %s of %s to %s", AdminPorts.describe(ports), r.to(), r.fromCidr().get()));
      }
    }
    if (t.bastion().isPresent()) {
      Bastion b = t.bastion().get();
      for (String source : b.allowedSources()) {
        if (AdminPorts.isAnywhere(source)) {
          out.add(Violation.at(ResourcePath.bastion(),
              "bastion %s accepts SSH from %s", b.name(), source));
        }
      }
    }
    return out;
  }
}
