package dev.tenkai.rules.operations;

import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A burst-credit instance class for servers, databases or caches that carry steady load. */
@RuleInfo(
    id = "TK-OPS-001",
    severity = Severity.WARNING,
    summary =
        "A burstable instance class (t1, t2, t3, t3a, t4g ...) runs a steady-load server group, a database"
            + " or a cache",
    rationale =
        "Seed lesson 3: the smallest burstable class throttled hard after a while of continuous load (a Ruby"
            + " build took over 15 minutes). Burst credits suit idle hosts such as a bastion, not servers,"
            + " databases and caches that work all day.",
    remediation =
        "Use a fixed-performance class (e.g. c6i, m6g, db.m6g, cache.m6g), or mark a server group that is"
            + " really idle most of the time with steadyLoad=false.")
public final class BurstableClassForSteadyLoad implements Rule {
  /** t1, t2, t3, t3a, t4g and whatever t-family comes next, after an optional db./cache. prefix. */
  private static final Pattern BURSTABLE = Pattern.compile("(db\\.|cache\\.)?t\\d+[a-z]*\\..*");

  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      if (g.steadyLoad() && isBurstable(g.instanceClass())) {
        out.add(Violation.at(ResourcePath.serverGroup(g.name()),
            "server group %s carries steady load on burstable class %s", g.name(), g.instanceClass()));
      }
    }
    for (Database db : t.databases()) {
      if (isBurstable(db.instanceClass())) {
        out.add(Violation.at(ResourcePath.database(db.name()),
            "database %s runs on burstable class %s", db.name(), db.instanceClass()));
      }
    }
    for (Cache c : t.caches()) {
      if (isBurstable(c.instanceClass())) {
        out.add(Violation.at(ResourcePath.cache(c.name()),
            "cache %s runs on burstable class %s", c.name(), c.instanceClass()));
      }
    }
    return out;
  }

  /** Whether {@code instanceClass} earns and spends CPU credits. */
  static boolean isBurstable(String instanceClass) {
    return BURSTABLE.matcher(instanceClass.trim().toLowerCase(Locale.ROOT)).matches();
  }
}
