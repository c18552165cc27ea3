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

/** A managed cache's engine is one ElastiCache runs: memcached, Redis or Valkey. */
@RuleInfo(
    id = "AWS-023",
    severity = Severity.ERROR,
    summary = "ElastiCache offers the managed cache's engine",
    rationale =
        "ElastiCache runs memcached, Redis OSS and Valkey only. The seed's KyotoTycoon (chosen for"
            + " expiries over 30 days and replication) has no managed offering: it runs on EC2"
            + " hosts that the team operates itself.",
    remediation = "Set the cache's hosting to SELF_RUN, or switch to a managed engine that fits (Valkey or Redis hold long expiries and replicate).")
public final class ManagedCacheEngine implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Cache c : context.topology().caches()) {
      if (c.hosting() == CacheHosting.MANAGED && c.engine() == CacheEngine.KYOTO_TYCOON) {
        out.add(
            Violation.at(
                ResourcePath.cache(c.name()),
                "ElastiCache does not offer %s; it needs hosting SELF_RUN",
                c.engine()));
      }
    }
    return out;
  }
}
