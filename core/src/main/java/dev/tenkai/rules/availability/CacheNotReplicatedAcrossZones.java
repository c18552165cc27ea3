package dev.tenkai.rules.availability;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A cache spread over zones as shards rather than replicas. */
@RuleInfo(
    id = "TK-AVAIL-004",
    severity = Severity.WARNING,
    summary = "A cache spans zones without replicating its data across them",
    rationale =
        "Seed lesson 11: the cache ran one node per zone, replicated, because a sharded cache loses the share"
            + " held in a failed zone; the sudden misses then fall on the database at the worst moment.",
    remediation =
        "Replicate the cache across zones (a replication group, or a store that replicates such as"
            + " KyotoTycoon or Redis).")
public final class CacheNotReplicatedAcrossZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Cache c : t.caches()) {
      List<String> zones = t.zonesOf(c.name());
      if (!c.replicatedAcrossZones() && zones.size() > 1) {
        out.add(Violation.at(ResourcePath.cache(c.name()),
            "cache %s shards its data over zones %s without replication: losing a zone empties its share",
            c.name(), zones));
      }
    }
    return out;
  }
}
