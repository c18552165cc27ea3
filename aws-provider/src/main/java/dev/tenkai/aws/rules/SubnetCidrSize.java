package dev.tenkai.aws.rules;

import dev.tenkai.model.Cidr;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Every IPv4 subnet block is between /16 and /28, as CreateSubnet demands. */
@RuleInfo(
    id = "AWS-006",
    severity = Severity.ERROR,
    summary = "Subnet block is /16 to /28",
    rationale =
        "CreateSubnet refuses an IPv4 block larger than /16 or smaller than /28. A /29 or /30 also"
            + " leaves nothing usable: AWS reserves five addresses in every subnet (network, router,"
            + " DNS, future use, broadcast), and a load balancer needs at least eight free. moto checks only that the subnet lies in"
            + " the VPC, not its size.",
    remediation = "Size each subnet between /16 and /28 (a /24 per tier per zone is the usual choice).")
public final class SubnetCidrSize implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Tier tier : context.topology().network().tiers()) {
      for (Subnet s : tier.subnets()) {
        ResourcePath path = ResourcePath.subnet(tier.name(), s.zone());
        Cidr cidr = Cidr.parse(s.cidr(), path + ".cidr");
        // An IPv6 subnet can only live in an IPv6 network, which AWS-005 already refuses.
        if (!cidr.isIpv6() && (cidr.prefixLength() < 16 || cidr.prefixLength() > 28)) {
          out.add(
              Violation.at(
                  path, "subnet block %s is a /%s; AWS allows /16 to /28", s.cidr(), cidr.prefixLength()));
        }
      }
    }
    return out;
  }
}
