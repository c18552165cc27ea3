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

/** No load balancer is of the classic kind, which this provider does not create. */
@RuleInfo(
    id = "AWS-022",
    severity = Severity.ERROR,
    summary = "Load balancer is an application load balancer",
    rationale =
        "The Classic Load Balancer (the seed's 2012 ELB) is a previous-generation product that AWS"
            + " asks customers to migrate away from; this provider creates application load"
            + " balancers only (target groups, per-target health, stickiness and deregistration"
            + " delay as attributes), so it cannot realize a classic one. This is the provider's"
            + " limit, not AWS refusing the call.",
    remediation = "Change the load balancer's kind to APPLICATION.")
public final class ClassicLoadBalancer implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      if (lb.kind() == LoadBalancerKind.CLASSIC) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()),
                "load balancer '%s' is a classic load balancer; the AWS provider creates application load balancers only",
                lb.name()));
      }
    }
    return out;
  }
}
