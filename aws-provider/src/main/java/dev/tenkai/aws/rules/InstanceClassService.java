package dev.tenkai.aws.rules;

import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Each instance class is written in the form of the service that runs it: {@code db.} for RDS,
 * {@code cache.} for ElastiCache, neither for EC2.
 */
@RuleInfo(
    id = "AWS-018",
    severity = Severity.ERROR,
    summary = "Instance class has the form of the service that runs it",
    rationale =
        "RDS only knows classes named db.<family>.<size>, ElastiCache only cache.<family>.<size>, and"
            + " EC2 only <family>.<size>: an EC2 class given to a database, or a db. class given to a"
            + " server, is refused by the service (InvalidParameterValue, InvalidDBInstanceClass)."
            + " moto does not check instance classes against the service.",
    remediation = "Write the class the service's way, e.g. c7i.large for servers, db.m7g.large for RDS, cache.m7g.large for ElastiCache.")
public final class InstanceClassService implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (InstanceClassUse use : InstanceClassUse.all(context.topology())) {
      if (use.family().isEmpty()) {
        String expected =
            use.service() == InstanceService.EC2
                ? "<family>.<size>, without db. or cache."
                : use.service().prefix() + "<family>.<size>";
        out.add(
            Violation.at(
                use.path(),
                "instance class '%s' is not an %s class (expected %s)",
                use.instanceClass(),
                use.service().displayName(),
                expected));
      }
    }
    return out;
  }
}
