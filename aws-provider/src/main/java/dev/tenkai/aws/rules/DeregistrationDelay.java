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

/** An application load balancer's deregistration delay is 0 to 3600 seconds. */
@RuleInfo(
    id = "AWS-012",
    severity = Severity.ERROR,
    summary = "Deregistration delay is 0 to 3600 s",
    rationale =
        "The target group attribute deregistration_delay.timeout_seconds accepts only whole seconds"
            + " from 0 to 3600; ModifyTargetGroupAttributes refuses anything else, after the target"
            + " group already exists. (moto checks it too, but also refuses 3600, which AWS accepts.)",
    remediation = "Set the deregistration delay between 0 and 3600 seconds (long enough for in-flight requests).")
public final class DeregistrationDelay implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      if (lb.kind() == LoadBalancerKind.APPLICATION && !Seconds.wholeWithin(lb.deregistrationDelay(), 0, 3600)) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()),
                "deregistration delay %s s is not a whole number of seconds from 0 to 3600",
                Seconds.text(lb.deregistrationDelay())));
      }
    }
    return out;
  }
}
