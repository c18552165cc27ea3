package dev.tenkai.rules.availability;

import dev.tenkai.model.Cache;
import dev.tenkai.model.LoadBalancer;
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

/** A tier of the service that lives in a single zone although the topology has more. */
@RuleInfo(
    id = "TK-AVAIL-001",
    severity = Severity.ERROR,
    summary = "A server group, load balancer or cache lives entirely in one zone while the topology has more",
    rationale =
        "The seed spread every function over two zones so that a whole-zone outage is survivable; a tier"
            + " confined to one zone takes the service down with that zone. (NATs are checked by TK-AVAIL-005;"
            + " a single bastion is accepted, since losing it stops administration, not the service.)",
    remediation = "Place nodes of the tier in at least two of the topology's zones.")
public final class SingleZoneTier implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    if (t.zones().size() < 2) {
      return out;
    }
    for (LoadBalancer lb : t.loadBalancers()) {
      check(t, out, ResourcePath.loadBalancer(lb.name()), "load balancer " + lb.name(), lb.name(), "");
    }
    for (ServerGroup g : t.serverGroups()) {
      check(t, out, ResourcePath.serverGroup(g.name()), "server group " + g.name(), g.name(),
          " (" + g.total() + " servers)");
    }
    for (Cache c : t.caches()) {
      check(t, out, ResourcePath.cache(c.name()), "cache " + c.name(), c.name(), " (" + c.total() + " nodes)");
    }
    return out;
  }

  private static void check(
      Topology t, List<Violation> out, ResourcePath path, String what, String name, String detail) {
    List<String> zones = t.zonesOf(name);
    if (zones.size() == 1) {
      out.add(Violation.at(path, "%s is entirely in zone %s%s while the topology has zones %s",
          what, zones.get(0), detail, t.zones()));
    }
  }
}
