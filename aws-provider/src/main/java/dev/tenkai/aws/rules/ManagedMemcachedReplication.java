package dev.tenkai.aws.rules;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A managed memcached cache is not modelled as replicated across zones. */
@RuleInfo(
    id = "AWS-024",
    severity = Severity.ERROR,
    summary = "Managed memcached is not replicated",
    rationale =
        "An ElastiCache memcached cluster spreads its nodes over zones but each node holds its own"
            + " shard: there is no replication, so losing a zone loses that zone's share of the cache"
            + " (the seed's lesson 11; repcached, the replicating memcached, is not offered). AWS"
            + " accepts the cluster; the provider just cannot give the replication the model promises.",
    remediation = "Use a Redis-compatible engine (Valkey, Redis) for a replicated managed cache, or model memcached as not replicated.")
public final class ManagedMemcachedReplication implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Cache c : context.topology().caches()) {
      if (c.hosting() == CacheHosting.MANAGED
          && c.engine() == CacheEngine.MEMCACHED
          && c.replicatedAcrossZones()) {
        out.add(
            Violation.at(
                ResourcePath.cache(c.name()),
                "managed memcached cannot replicate across zones, but the cache is modelled as replicated"));
      }
    }
    return out;
  }
}
