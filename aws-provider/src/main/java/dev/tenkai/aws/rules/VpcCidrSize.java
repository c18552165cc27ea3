package dev.tenkai.aws.rules;

import dev.tenkai.model.Cidr;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.List;

/** The network's block is an IPv4 block between /16 and /28, as a VPC's primary block must be. */
@RuleInfo(
    id = "AWS-005",
    severity = Severity.ERROR,
    summary = "VPC block is IPv4, /16 to /28",
    rationale =
        "CreateVpc refuses a primary block larger than /16 or smaller than /28, and a VPC's primary"
            + " block is always IPv4 (IPv6 blocks are added to a VPC, never its only block). A /8 that"
            + " looks generous in a diagram is refused by AWS outright. (moto enforces the size as AWS does.)",
    remediation = "Give the network an IPv4 block between /16 and /28, e.g. 10.0.0.0/16.")
public final class VpcCidrSize implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    String text = context.topology().network().cidr();
    Cidr cidr = Cidr.parse(text, "network.cidr");
    if (cidr.isIpv6()) {
      return List.of(Violation.at(ResourcePath.network(), "VPC block %s is IPv6; a VPC's primary block is IPv4", text));
    }
    if (cidr.prefixLength() < 16 || cidr.prefixLength() > 28) {
      return List.of(
          Violation.at(ResourcePath.network(), "VPC block %s is a /%s; AWS allows /16 to /28", text, cidr.prefixLength()));
    }
    return List.of();
  }
}
