package dev.tenkai.aws.rules;

import dev.tenkai.model.Cidr;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No role's security group receives more inbound rules than AWS's default quota: 60 IPv4 and 60
 * IPv6 rules per group.
 */
@RuleInfo(
    id = "AWS-014",
    severity = Severity.ERROR,
    summary = "Security group stays within 60 inbound rules per IP version",
    rationale =
        "AWS limits a security group to 60 inbound rules for IPv4 and, separately, 60 for IPv6 (a"
            + " Service Quotas default). A rule from another security group counts once against each."
            + " Past the quota, AuthorizeSecurityGroupIngress fails with RulesPerSecurityGroupLimitExceeded"
            + " half way through the group's rules. Each firewall rule of the model becomes one rule of"
            + " the target role's group. moto enforces 60 rules but counts IPv4 and IPv6 together, so it"
            + " can refuse what AWS accepts and say nothing of the IPv6 limit.",
    remediation =
        "Merge CIDR blocks or port ranges, or group sources into a role; if the account's quota was"
            + " raised, suppress this finding with the quota as the reason.")
public final class SecurityGroupRuleLimit implements Rule {
  /** AWS's default quota of inbound rules per security group, per IP version. */
  static final int QUOTA = 60;

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (FirewallRule r : t.firewallRules()) {
      int[] c = counts.computeIfAbsent(r.to(), k -> new int[2]);
      if (r.fromRole().isPresent()) {
        c[0]++;
        c[1]++;
      } else if (r.fromCidr().isPresent()) {
        boolean v6 = Cidr.parse(r.fromCidr().get(), "firewallRules").isIpv6();
        c[v6 ? 1 : 0]++;
      }
    }
    List<Violation> out = new ArrayList<>();
    counts.forEach(
        (role, c) -> {
          if (c[0] > QUOTA || c[1] > QUOTA) {
            out.add(
                Violation.at(
                    ResourcePath.of(t, role),
                    "security group of '%s' would hold %s IPv4 and %s IPv6 inbound rules; AWS allows %s of each",
                    role,
                    c[0],
                    c[1],
                    QUOTA));
          }
        });
    return out;
  }
}
