package dev.tenkai.rules.operations;

import dev.tenkai.model.Database;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A database engine version past its end of life. */
@RuleInfo(
    id = "TK-OPS-003",
    severity = Severity.WARNING,
    summary = "A database runs an engine version past its end of life ("
            + SupportedEngineVersions.SUMMARY
            + ", as of "
            + SupportedEngineVersions.AS_OF
            + ")",
    rationale =
        "A version past end of life gets no security fixes, and managed services first charge for extended"
            + " support, then upgrade it for you in a window you did not choose. The seed's MySQL 5.5 is long"
            + " gone.",
    remediation = "Upgrade the engine to a supported major version.")
public final class DeprecatedEngineVersion implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Database db : context.topology().databases()) {
      if (SupportedEngineVersions.isDeprecated(db.engine(), db.version()).orElse(false)) {
        out.add(Violation.at(ResourcePath.database(db.name()),
            "database %s runs %s %s; the oldest supported version (as of %s) is %s",
            db.name(), db.engine(), db.version(), SupportedEngineVersions.AS_OF,
            SupportedEngineVersions.oldestSupported(db.engine())));
      }
    }
    return out;
  }
}
