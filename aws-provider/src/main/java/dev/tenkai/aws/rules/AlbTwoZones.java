package dev.tenkai.aws.rules;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An application load balancer has subnets in at least two zones. */
@RuleInfo(
    id = "AWS-007",
    severity = Severity.ERROR,
    summary = "Application load balancer spans at least two zones",
    rationale =
        "CreateLoadBalancer refuses an application load balancer whose subnets are not in at least"
            + " two Availability Zones. moto accepts a one-subnet ALB, so a test suite on moto passes"
            + " and the first real apply fails.",
    remediation = "List at least two zones for the load balancer, each with a subnet in its tier.")
public final class AlbTwoZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      if (lb.kind() == LoadBalancerKind.APPLICATION && lb.zones().size() < 2) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()),
                "application load balancer serves only zones %s; AWS requires subnets in at least two zones",
                lb.zones()));
      }
    }
    return out;
  }
}
