package dev.tenkai.aws.rules;

import dev.tenkai.rules.network.ElasticIpsBeyondQuota;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.List;

/** The model's Elastic IPs fit the account's quota ({@code account.elasticIpQuota}). */
@RuleInfo(
    id = "AWS-015",
    severity = Severity.ERROR,
    summary = "Elastic IPs fit the account's quota",
    rationale =
        "An account holds 5 Elastic IPs per region unless it asked for more; AllocateAddress fails"
            + " with AddressLimitExceeded past the quota, after the NATs or servers before it were"
            + " already created (the seed's lesson 7). Every NAT (gateway or instance), the bastion"
            + " and each server of a group with elasticIp takes one. moto does not enforce the quota.",
    remediation =
        "Give Elastic IPs only to the NATs and the bastion, not to servers; or raise the quota with"
            + " AWS and set account.elasticIpQuota to it.")
public final class ElasticIpQuota implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    int quota = t.account().elasticIpQuota();
    if (t.elasticIpCount() <= quota) {
      return List.of();
    }
    return List.of(
        Violation.at(
            "account.elasticIpQuota",
            "the model needs %s Elastic IPs (%s) but the account's quota is %s",
            t.elasticIpCount(),
            ElasticIpsBeyondQuota.holders(t),
            quota));
  }
}
