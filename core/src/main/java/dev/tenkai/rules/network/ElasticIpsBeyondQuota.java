package dev.tenkai.rules.network;

import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.List;

/** More Elastic IPs than the account may hold. */
@RuleInfo(
    id = "TK-NET-003",
    severity = Severity.ERROR,
    summary = "The topology needs more Elastic IPs than the account's quota",
    rationale =
        "Seed lesson 7: Elastic IPs are limited per account and region (5 by default on AWS); allocation"
            + " fails past the quota (AddressLimitExceeded on AWS) after the NATs or servers before it were"
            + " already created, so the deployment fails halfway. Every NAT (gateway or instance), the bastion"
            + " and each server of a group with elasticIp takes one. The local emulator (moto) does not"
            + " enforce the quota, so a run on it proves nothing here.",
    remediation =
        "Give Elastic IPs only to the NATs and the bastion, or raise the quota first and set"
            + " account.elasticIpQuota to it.")
public final class ElasticIpsBeyondQuota implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    int quota = t.account().elasticIpQuota();
    if (t.elasticIpCount() <= quota) {
      return List.of();
    }
    return List.of(Violation.at(ResourcePath.account(),
        "the topology needs %d Elastic IPs (%s) but the account allows %d",
        t.elasticIpCount(), holders(t), quota));
  }

  /** {@code nat-a, nat-c, bastion, web x4}: who holds the addresses. */
  public static String holders(Topology t) {
    return t.elasticIps().entrySet().stream()
        .map(e -> t.resources().get(e.getKey()) == dev.tenkai.model.ResourceKind.SERVER_GROUP
            ? e.getKey() + " x" + e.getValue() : e.getKey())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
