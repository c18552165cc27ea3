package dev.tenkai.aws.rules;

import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** The load balancer's AWS name (see {@link AwsNames#loadBalancer}) is one AWS accepts. */
@RuleInfo(
    id = "AWS-001",
    severity = Severity.ERROR,
    summary = "Load balancer name fits AWS's limits",
    rationale =
        "Elastic Load Balancing refuses a load balancer name longer than 32 characters, with"
            + " characters other than letters, digits and hyphens, beginning or ending with a hyphen,"
            + " or beginning with 'internal-' (reserved for internal load balancers' DNS names). The"
            + " name is derived as <topology>-<load balancer>, so a long topology name alone can"
            + " break it, and only when the deployment is already half built. moto accepts any load"
            + " balancer name.",
    remediation = "Shorten the topology's or the load balancer's name so that <topology>-<lb> fits 32 characters.")
public final class LoadBalancerName implements Rule {
  private static final IdentifierShape SHAPE = IdentifierShape.elb(32);

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : t.loadBalancers()) {
      String name = AwsNames.loadBalancer(t, lb);
      List<String> problems = new ArrayList<>(SHAPE.problems(name));
      if (name.startsWith("internal-")) {
        problems.add("starts with 'internal-'");
      }
      if (!problems.isEmpty()) {
        out.add(
            Violation.at(
                ResourcePath.loadBalancer(lb.name()),
                "AWS name '%s' %s",
                name,
                String.join(", ", problems)));
      }
    }
    return out;
  }
}
