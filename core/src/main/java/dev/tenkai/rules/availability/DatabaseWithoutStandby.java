package dev.tenkai.rules.availability;

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

/** A database with no synchronous standby in another zone. */
@RuleInfo(
    id = "TK-AVAIL-003",
    severity = Severity.ERROR,
    summary = "A database has no standby in another zone",
    rationale =
        "The seed ran MySQL Multi-AZ: a synchronous standby in the other zone takes over automatically. Without"
            + " one, losing the primary's zone stops every request that needs the database, and restoring from"
            + " a backup loses recent writes.",
    remediation = "Give the database a standby zone other than its primary's (Multi-AZ).")
public final class DatabaseWithoutStandby implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Database db : t.databases()) {
      if (db.standbyZone().isEmpty()) {
        out.add(Violation.at(ResourcePath.database(db.name()),
            "database %s has its primary in zone %s and no standby%s", db.name(), db.primaryZone(),
            t.zones().size() < 2 ? " (the topology has a single zone)" : " in another of the zones " + t.zones()));
      }
    }
    return out;
  }
}
