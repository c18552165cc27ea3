package dev.tenkai.aws.rules;

import dev.tenkai.model.HealthCheck;
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

/** An application load balancer's health-check settings are within the target group's ranges. */
@RuleInfo(
    id = "AWS-010",
    severity = Severity.ERROR,
    summary = "ALB health-check settings are within AWS's ranges",
    rationale =
        "CreateTargetGroup refuses an interval outside 5-300 s, a timeout outside 2-120 s, healthy or"
            + " unhealthy thresholds outside 2-10, and fractions of a second. A one-probe threshold"
            + " that the model allows (and that some other balancers accept) is refused by AWS. moto does"
            + " not check these ranges.",
    remediation = "Keep interval 5-300 s, timeout 2-120 s and both thresholds 2-10, in whole seconds.")
public final class AlbHealthCheckRange implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      if (lb.kind() != LoadBalancerKind.APPLICATION) {
        continue;
      }
      HealthCheck hc = lb.healthCheck();
      ResourcePath path = ResourcePath.loadBalancer(lb.name()).field("healthCheck");
      if (!Seconds.wholeWithin(hc.interval(), 5, 300)) {
        out.add(Violation.at(path, "interval %s s is not a whole number of seconds from 5 to 300", Seconds.text(hc.interval())));
      }
      if (!Seconds.wholeWithin(hc.timeout(), 2, 120)) {
        out.add(Violation.at(path, "timeout %s s is not a whole number of seconds from 2 to 120", Seconds.text(hc.timeout())));
      }
      if (hc.healthyThreshold() < 2 || hc.healthyThreshold() > 10) {
        out.add(Violation.at(path, "healthy threshold %s is not from 2 to 10", hc.healthyThreshold()));
      }
      if (hc.unhealthyThreshold() < 2 || hc.unhealthyThreshold() > 10) {
        out.add(Violation.at(path, "unhealthy threshold %s is not from 2 to 10", hc.unhealthyThreshold()));
      }
    }
    return out;
  }
}
