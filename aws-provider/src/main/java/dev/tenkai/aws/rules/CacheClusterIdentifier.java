package dev.tenkai.aws.rules;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.CacheProtocol;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A managed cache's ElastiCache identifier (see {@link AwsNames#cacheCluster}) is one ElastiCache accepts. */
@RuleInfo(
    id = "AWS-004",
    severity = Severity.ERROR,
    summary = "ElastiCache identifier fits ElastiCache's limits",
    rationale =
        "ElastiCache refuses a replication group id (Redis, Valkey) longer than 40 characters and a"
            + " memcached cache cluster id longer than 50, and either one that holds anything but"
            + " letters, digits and hyphens, does not start with a letter, holds two consecutive"
            + " hyphens or ends with a hyphen. The id is derived as <topology>-<cache>; the limit is"
            + " lower than RDS's, so a name RDS accepts for the database can still fail here. moto does not check ElastiCache ids.",
    remediation = "Rename the topology or the cache so that <topology>-<cache> fits (40 characters for Redis/Valkey, 50 for memcached).")
public final class CacheClusterIdentifier implements Rule {
  private static final IdentifierShape REPLICATION_GROUP = IdentifierShape.dbStyle(40);
  private static final IdentifierShape MEMCACHED_CLUSTER = IdentifierShape.dbStyle(50);

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (Cache c : t.caches()) {
      // Self-run nodes are EC2 instances: ElastiCache never sees their name.
      if (c.hosting() != CacheHosting.MANAGED) {
        continue;
      }
      boolean redis = c.protocol() == CacheProtocol.REDIS;
      IdentifierShape shape = redis ? REPLICATION_GROUP : MEMCACHED_CLUSTER;
      String id = AwsNames.cacheCluster(t, c);
      List<String> problems = shape.problems(id);
      if (!problems.isEmpty()) {
        out.add(
            Violation.at(
                ResourcePath.cache(c.name()),
                "%s id '%s' %s",
                redis ? "replication group" : "cache cluster",
                id,
                String.join(", ", problems)));
      }
    }
    return out;
  }
}
