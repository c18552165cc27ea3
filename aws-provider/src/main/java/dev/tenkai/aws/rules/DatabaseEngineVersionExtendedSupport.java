package dev.tenkai.aws.rules;

import dev.tenkai.aws.rules.RdsEngineVersions.Entry;
import dev.tenkai.aws.rules.RdsEngineVersions.Support;
import dev.tenkai.model.Database;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A database's major engine version is past RDS standard support (see {@link RdsEngineVersions}). */
@RuleInfo(
    id = "AWS-017",
    severity = Severity.WARNING,
    summary = "Database engine version is only in paid RDS Extended Support",
    rationale =
        "RDS still creates a major version past its end of standard support, but enrols it in RDS"
            + " Extended Support, charged per vCPU-hour on top of the instance, and upgrades it"
            + " automatically when Extended Support ends. Nothing fails at deploy time; the bill and"
            + " a forced upgrade come later.",
    remediation = "Move to a major version in standard support (e.g. MySQL 8.4), after testing the application on it.")
public final class DatabaseEngineVersionExtendedSupport implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      Optional<Entry> entry = RdsEngineVersions.lookup(db.engine(), db.version());
      if (entry.isPresent() && entry.get().support() == Support.EXTENDED) {
        out.add(
            Violation.at(
                ResourcePath.database(db.name()),
                "%s %s left RDS standard support on %s; RDS creates it only in paid Extended Support",
                RdsEngineVersions.displayName(db.engine()),
                entry.get().major(),
                entry.get().standardSupportEnded().orElse("?")));
      }
    }
    return out;
  }
}
