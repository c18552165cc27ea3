package dev.tenkai.rules.security;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A database or cache reachable from the internet, or placed in a public tier. */
@RuleInfo(
    id = "TK-SEC-003",
    severity = Severity.ERROR,
    summary = "A database or cache is reachable from the internet or placed in a public tier",
    rationale =
        "The seed put MySQL and the cache on a private network because the service handles confidential"
            + " data: only the application servers should reach them.",
    remediation =
        "Keep data stores in a private tier, not publicly accessible, with firewall rules only from the"
            + " application's roles.")
public final class DataStoreExposed implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Database db : t.databases()) {
      List<String> reasons = reasons(t, db.name(), db.tier());
      if (db.publiclyAccessible()) {
        reasons.add(0, "is publicly accessible");
      }
      report(out, ResourcePath.database(db.name()), "database " + db.name(), reasons);
    }
    for (Cache c : t.caches()) {
      report(out, ResourcePath.cache(c.name()), "cache " + c.name(), reasons(t, c.name(), c.tier()));
    }
    return out;
  }

  private static List<String> reasons(Topology t, String name, String tier) {
    List<String> reasons = new ArrayList<>();
    if (t.tier(tier).map(x -> x.kind() == TierKind.PUBLIC).orElse(false)) {
      reasons.add("lives in public tier " + tier);
    }
    for (FirewallRule r : t.firewallRules()) {
      if (r.to().equals(name) && AdminPorts.fromOutside(t, r)) {
        reasons.add("admits " + r.fromCidr().get() + " from outside the network (" + ResourcePath.firewallRule(r) + ")");
      }
    }
    return reasons;
  }

  private static void report(List<Violation> out, ResourcePath path, String what, List<String> reasons) {
    if (!reasons.isEmpty()) {
      out.add(Violation.at(path, "%s %s", what, String.join(" and ", reasons)));
    }
  }
}
