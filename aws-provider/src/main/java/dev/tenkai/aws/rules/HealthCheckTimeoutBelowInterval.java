package dev.tenkai.aws.rules;

import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A health check's timeout is shorter than its interval. */
@RuleInfo(
    id = "AWS-009",
    severity = Severity.ERROR,
    summary = "Health-check timeout is below its interval",
    rationale =
        "Elastic Load Balancing refuses a health check whose timeout is not smaller than its"
            + " interval (a probe must finish before the next one starts). The target group is"
            + " created late in an apply, after the VPC, subnets and load balancer exist. (moto checks"
            + " this one too.)",
    remediation = "Lower the health check's timeout below its interval (e.g. 5 s timeout, 30 s interval).")
public final class HealthCheckTimeoutBelowInterval implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      HealthCheck hc = lb.healthCheck();
      if (hc.timeout().compareTo(hc.interval()) >= 0) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()).field("healthCheck"),
                "timeout %s s is not below the interval %s s",
                Seconds.text(hc.timeout()),
                Seconds.text(hc.interval())));
      }
    }
    return out;
  }
}
