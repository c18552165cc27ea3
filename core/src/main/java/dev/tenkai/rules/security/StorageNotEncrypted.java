package dev.tenkai.rules.security;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A database or cache whose storage is not encrypted at rest. */
@RuleInfo(
    id = "TK-SEC-005",
    severity = Severity.WARNING,
    summary = "A database's or cache's storage is not encrypted at rest",
    rationale =
        "Disks, snapshots and backups outlive the hosts that wrote them; unencrypted, they expose the data to"
            + " anyone who gets a copy. Encryption at rest costs almost nothing and cannot be added in place"
            + " later.",
    remediation = "Turn on encryption at rest (storageEncrypted for databases, encryptedAtRest for caches).")
public final class StorageNotEncrypted implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      if (!db.storageEncrypted()) {
        out.add(Violation.at(ResourcePath.database(db.name()),
            "database %s stores %d GiB unencrypted", db.name(), db.storageGib()));
      }
    }
    for (Cache c : context.topology().caches()) {
      if (!c.encryptedAtRest()) {
        out.add(Violation.at(ResourcePath.cache(c.name()), "cache %s is not encrypted at rest", c.name()));
      }
    }
    return out;
  }
}
