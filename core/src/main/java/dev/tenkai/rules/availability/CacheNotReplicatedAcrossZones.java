package dev.tenkai.rules.availability;

import dev.tenkai.analysis.CacheOutcome;
import dev.tenkai.analysis.Outage;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** A cache that loses data when a zone it should survive fails. */
@RuleInfo(
    id = "TK-AVAIL-004",
    severity = Severity.WARNING,
    summary = "Losing a zone loses cached data: the cache is not replicated across zones",
    rationale =
        "Seed lesson 11: the cache ran one node per zone, replicated, because a sharded cache loses the share"
            + " held in a failed zone; the sudden misses then fall on the database at the worst moment. The"
            + " share is the zone-failure analysis's.",
    remediation =
        "Replicate the cache across zones (a replication group, or a store that replicates such as"
            + " KyotoTycoon or Redis), with nodes in at least two zones.")
public final class CacheNotReplicatedAcrossZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Map<String, List<String>> losses = new LinkedHashMap<>();
    Map<String, Boolean> replicated = new LinkedHashMap<>();
    for (Outage o : context.claimedOutages()) {
      for (CacheOutcome c : o.caches()) {
        if (c.dataLostShare() > 0) {
          losses.computeIfAbsent(c.name(), k -> new ArrayList<>())
              .add(String.format(Locale.ROOT, "%s when %s (%d of %d nodes left)",
                  percent(c.dataLostShare()), o.whenClause(), c.nodesLeft(), c.nodesBefore()));
          replicated.put(c.name(), c.replicated());
        }
      }
    }
    List<Violation> out = new ArrayList<>();
    losses.forEach((cache, list) -> out.add(Violation.at(ResourcePath.cache(cache),
        "cache %s loses %s; %s", cache, String.join(", ", list),
        replicated.get(cache) ? "replicated, but every node was in the lost zones" : "not replicated across zones")));
    return out;
  }

  private static String percent(double share) {
    double p = share * 100;
    return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.1f%%", p);
  }
}
