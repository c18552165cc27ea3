package dev.tenkai.aws.rules;

import dev.tenkai.model.Database;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A database's major engine version is one RDS still creates (see {@link RdsEngineVersions}). */
@RuleInfo(
    id = "AWS-016",
    severity = Severity.ERROR,
    summary = "RDS still offers the database's engine version",
    rationale =
        "RDS refuses CreateDBInstance for a major version it no longer offers, such as the seed's"
            + " MySQL 5.5 (retired in 2018-2019 and past even RDS Extended Support). moto accepts any"
            + " version string, so only a real apply finds out. Tenkai's table of offered majors is"
            + " curated and dated; AWS's describe-db-major-engine-versions is the truth.",
    remediation = "Pick an offered major version (e.g. MySQL 8.4, PostgreSQL 17) and test the upgrade path.")
public final class DatabaseEngineVersionOffered implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      if (RdsEngineVersions.lookup(db.engine(), db.version()).isEmpty()) {
        out.add(
            Violation.at(
                ResourcePath.database(db.name()),
                "RDS no longer offers %s %s (offered majors: %s)",
                RdsEngineVersions.displayName(db.engine()),
                db.version(),
                String.join(", ", RdsEngineVersions.offeredMajors(db.engine()))));
      }
    }
    return out;
  }
}
