package dev.tenkai.aws.rules;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** The target group's AWS name (see {@link AwsNames#targetGroup}) is one AWS accepts. */
@RuleInfo(
    id = "AWS-002",
    severity = Severity.ERROR,
    summary = "Target group name fits AWS's limits",
    rationale =
        "Elastic Load Balancing refuses a target group name longer than 32 characters, with"
            + " characters other than letters, digits and hyphens, beginning or ending with a hyphen,"
            + " or holding two consecutive hyphens. The name is derived as <topology>-<load balancer>-tg, three characters longer"
            + " than the load balancer's own, so it is the first to overflow; the target group is"
            + " created after the load balancer, so AWS refuses it only once the apply is under way. (moto"
            + " checks these names too.)",
    remediation = "Shorten the topology's or the load balancer's name so that <topology>-<lb>-tg fits 32 characters.")
public final class TargetGroupName implements Rule {
  private static final IdentifierShape SHAPE = IdentifierShape.targetGroup(32);

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      // A classic load balancer registers instances directly: it has no target group.
      if (lb.kind() != LoadBalancerKind.APPLICATION) {
        continue;
      }
      String name = AwsNames.targetGroup(t, lb);
      List<String> problems = SHAPE.problems(name);
      if (!problems.isEmpty()) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()),
                "target group name '%s' %s",
                name,
                String.join(", ", problems)));
      }
    }
    return out;
  }
}
