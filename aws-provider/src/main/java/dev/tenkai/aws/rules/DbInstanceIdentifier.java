package dev.tenkai.aws.rules;

import dev.tenkai.model.Database;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** The database's DB instance identifier (see {@link AwsNames#dbInstance}) is one RDS accepts. */
@RuleInfo(
    id = "AWS-003",
    severity = Severity.ERROR,
    summary = "DB instance identifier fits RDS's limits",
    rationale =
        "RDS refuses a DB instance identifier that is longer than 63 characters, holds anything but"
            + " letters, digits and hyphens, does not start with a letter, holds two consecutive"
            + " hyphens or ends with a hyphen. The identifier is derived as <topology>-<database>: a"
            + " topology name ending with a hyphen, or two long names, produce one RDS refuses. (moto checks this one too.)",
    remediation = "Rename the topology or the database so that <topology>-<db> is at most 63 characters, with single hyphens, not ending in one.")
public final class DbInstanceIdentifier implements Rule {
  private static final IdentifierShape SHAPE = IdentifierShape.dbStyle(63);

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Database db : t.databases()) {
      String id = AwsNames.dbInstance(t, db);
      List<String> problems = SHAPE.problems(id);
      if (!problems.isEmpty()) {
        out.add(
            Violation.at(
                ResourcePath.database(db.name()),
                "DB instance identifier '%s' %s",
                id,
                String.join(", ", problems)));
      }
    }
    return out;
  }
}
