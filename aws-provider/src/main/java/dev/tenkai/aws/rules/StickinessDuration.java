package dev.tenkai.aws.rules;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.Stickiness;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An application load balancer's stickiness lasts 1 second to 7 days. */
@RuleInfo(
    id = "AWS-011",
    severity = Severity.ERROR,
    summary = "Stickiness duration is 1 s to 7 days",
    rationale =
        "The target group attribute stickiness.lb_cookie.duration_seconds accepts only whole seconds"
            + " from 1 to 604800 (7 days); ModifyTargetGroupAttributes refuses anything else, after"
            + " the target group already exists. The duration is only sent when stickiness is on. moto does not check the range.",
    remediation = "Set the stickiness duration between 1 second and 7 days, or better, turn stickiness off.")
public final class StickinessDuration implements Rule {
  private static final long SEVEN_DAYS = 7 * 24 * 3600;

  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      Stickiness s = lb.stickiness();
      if (lb.kind() == LoadBalancerKind.APPLICATION
          && s.enabled()
          && !Seconds.wholeWithin(s.duration(), 1, SEVEN_DAYS)) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()).field("stickiness"),
                "duration %s s is not a whole number of seconds from 1 to 604800 (7 days)",
                Seconds.text(s.duration())));
      }
    }
    return out;
  }
}
