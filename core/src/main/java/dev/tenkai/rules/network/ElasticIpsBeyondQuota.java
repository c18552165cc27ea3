package dev.tenkai.rules.network;

import dev.tenkai.model.Nat;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** More Elastic IPs than the account may hold. */
@RuleInfo(
    id = "TK-NET-003",
    severity = Severity.ERROR,
    summary = "The topology needs more Elastic IPs than the account's quota",
    rationale =
        "Seed lesson 7: Elastic IPs are limited per account and region (5 by default on AWS); the deployment"
            + " fails halfway when the quota runs out.",
    remediation =
        "Give Elastic IPs only to the NATs and the bastion, or raise the quota first and set"
            + " account.elasticIpQuota to it.")
public final class ElasticIpsBeyondQuota implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<String> holders = new ArrayList<>();
    int count = 0;
    for (Nat nat : t.egress().nats()) {
      if (nat.elasticIp()) {
        count++;
        holders.add("NAT " + nat.name());
      }
    }
    if (t.bastion().isPresent() && t.bastion().get().elasticIp()) {
      count++;
      holders.add("bastion " + t.bastion().get().name());
    }
    for (ServerGroup g : t.serverGroups()) {
      if (g.elasticIp()) {
        count += g.total();
        holders.add(g.total() + (g.total() == 1 ? " server of " : " servers of ") + g.name());
      }
    }
    List<Violation> out = new ArrayList<>();
    int quota = t.account().elasticIpQuota();
    if (count > quota) {
      out.add(Violation.at(ResourcePath.account(),
          "the topology needs %d Elastic IPs (%s) but the account allows %d",
          count, String.join(", ", holders), quota));
    }
    return out;
  }
}
