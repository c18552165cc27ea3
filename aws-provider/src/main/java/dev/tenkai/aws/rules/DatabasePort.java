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

/** A database listens on a port RDS lets it use. */
@RuleInfo(
    id = "AWS-029",
    severity = Severity.ERROR,
    summary = "Database port is 1150 to 65535",
    rationale =
        "RDS for MySQL, MariaDB and PostgreSQL accepts only ports 1150-65535; a low port that a"
            + " self-run database could use is refused by CreateDBInstance. moto does not check it.",
    remediation = "Use the engine's default port (3306, 5432) or another from 1150 to 65535, and the same in the firewall rules.")
public final class DatabasePort implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      if (db.port() < 1150) {
        out.add(Violation.at(ResourcePath.database(db.name()), "port %s is below 1150, the lowest RDS allows", db.port()));
      }
    }
    return out;
  }
}
