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

/** A database's allocated storage is within what RDS allocates for general-purpose SSD. */
@RuleInfo(
    id = "AWS-027",
    severity = Severity.ERROR,
    summary = "Database storage is 20 to 65536 GiB",
    rationale =
        "RDS for MySQL, MariaDB and PostgreSQL on general-purpose SSD (gp2, gp3) allocates 20 GiB to"
            + " 64 TiB; CreateDBInstance refuses a smaller or larger AllocatedStorage. The model"
            + " accepts any size of at least 1 GiB, and so does moto.",
    remediation = "Set storageGib between 20 and 65536.")
public final class DatabaseStorageSize implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      if (db.storageGib() < 20 || db.storageGib() > 65536) {
        out.add(
            Violation.at(
                ResourcePath.database(db.name()),
                "allocated storage %s GiB is outside 20-65536 GiB",
                db.storageGib()));
      }
    }
    return out;
  }
}
