package dev.tenkai.rules.network;

import dev.tenkai.model.ServerGroup;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Elastic IPs on hosts other than the NATs and the bastion. */
@RuleInfo(
    id = "TK-NET-004",
    severity = Severity.WARNING,
    summary = "Servers hold Elastic IPs (only NATs and the bastion should)",
    rationale =
        "Seed lesson 7: every Elastic IP is a public address to defend and a unit of a small quota; servers"
            + " behind a load balancer reach out through the NAT and are administered through the bastion.",
    remediation = "Remove the servers' Elastic IPs; reach them through the load balancer, NAT and bastion.")
public final class ElasticIpOnServers implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : context.topology().serverGroups()) {
      if (g.elasticIp()) {
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "%s of %s holds an Elastic IP", g.total() == 1 ? "the server" : "each of the " + g.total() + " servers",
            g.name()));
      }
    }
    return out;
  }
}
