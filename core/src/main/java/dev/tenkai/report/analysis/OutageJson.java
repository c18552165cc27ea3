package dev.tenkai.report.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.analysis.BackendOutcome;
import dev.tenkai.analysis.BalancerOutcome;
import dev.tenkai.analysis.BrokenEdge;
import dev.tenkai.analysis.CacheOutcome;
import dev.tenkai.analysis.Capacity;
import dev.tenkai.analysis.DatabaseOutcome;
import dev.tenkai.analysis.DatabaseState;
import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.analysis.LostEgress;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.SinglePointOfFailure;
import java.util.List;

/** Zone-failure outages and single points of failure as JSON. */
final class OutageJson {
  private OutageJson() {}

  /** One failure scenario as JSON. */
  static String json(Outage o) {
    ObjectNode doc = JsonDocs.envelope("zone-failure");
    doc.set("outage", outageJson(o));
    return JsonDocs.write(doc);
  }

  /** Several scenarios and the single points of failure as JSON. */
  static String json(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
    ObjectNode doc = JsonDocs.envelope("zone-failures");
    ArrayNode list = doc.putArray("outages");
    outages.forEach(o -> list.add(outageJson(o)));
    ArrayNode spofs = doc.putArray("singlePointsOfFailure");
    for (SinglePointOfFailure s : singlePoints) {
      ObjectNode n = spofs.addObject();
      n.put("resource", s.resource());
      n.put("kind", s.kind().name());
      n.put("zone", s.zone());
      n.set("entryPointsLost", JsonDocs.strings(s.entryPointsLost()));
      n.set("explanations", JsonDocs.strings(s.explanations()));
      ArrayNode eg = n.putArray("egressLost");
      s.egressLost().forEach(e -> eg.add(egressJson(e)));
      n.put("bastionLost", s.bastionLost());
    }
    return JsonDocs.write(doc);
  }

  private static ObjectNode outageJson(Outage o) {
    ObjectNode n = JsonDocs.object();
    n.put("scenario", o.scenario());
    n.set("failedZones", JsonDocs.strings(o.failedZones()));
    n.put("allEntryPointsServed", o.allEntryPointsServed());
    ArrayNode eps = n.putArray("entryPoints");
    for (EntryPointOutcome e : o.entryPoints()) {
      ObjectNode en = eps.addObject();
      en.put("name", e.name());
      en.put("status", e.status().name());
      if (!e.served()) {
        en.set("brokenChain", JsonDocs.strings(e.brokenChain()));
        en.put("reason", e.reason());
      }
      en.set("notes", JsonDocs.strings(e.notes()));
    }
    ArrayNode cap = n.putArray("capacity");
    for (Capacity c : o.capacity()) {
      cap.addObject()
          .put("resource", c.resource())
          .put("unit", c.unit().name())
          .put("before", c.before())
          .put("left", c.left())
          .put("needed", c.needed())
          .put("sufficient", c.sufficient());
    }
    ArrayNode lbs = n.putArray("loadBalancers");
    for (BalancerOutcome b : o.loadBalancers()) {
      ObjectNode bn = lbs.addObject();
      bn.put("name", b.name());
      bn.set("survivingZones", JsonDocs.strings(b.survivingZones()));
      bn.set("lostZones", JsonDocs.strings(b.lostZones()));
      bn.put("crossZone", b.crossZone());
      bn.put("sticky", b.sticky());
      bn.put("failingSessionShare", b.failingSessionShare());
      if (b.sticky()) {
        bn.put("rebindAfter", b.rebindAfter().toString());
        bn.put("rebindAtMost", b.rebindAtMost().toString());
      }
      bn.set("zonesWithoutBackend", JsonDocs.strings(b.zonesWithoutBackend()));
      bn.put("requestShareWithoutBackend", b.requestShareWithoutBackend());
      ArrayNode backends = bn.putArray("backends");
      for (BackendOutcome g : b.backends()) {
        ObjectNode gn = backends.addObject();
        gn.put("group", g.group());
        gn.set("before", JsonDocs.counts(g.before()));
        gn.set("left", JsonDocs.counts(g.left()));
        gn.put("failingSessionShare", g.failingSessionShare());
      }
    }
    ArrayNode dbs = n.putArray("databases");
    for (DatabaseOutcome d : o.databases()) {
      ObjectNode dn = dbs.addObject();
      dn.put("name", d.name());
      dn.put("state", d.state().name());
      d.servingZone().ifPresent(z -> dn.put("servingZone", z));
      if (d.state() == DatabaseState.FAILED_OVER) {
        dn.put("failoverTimeMin", d.failoverTimeMin().toString());
        dn.put("failoverTimeMax", d.failoverTimeMax().toString());
      }
    }
    ArrayNode caches = n.putArray("caches");
    for (CacheOutcome c : o.caches()) {
      caches.addObject()
          .put("name", c.name())
          .put("nodesBefore", c.nodesBefore())
          .put("nodesLeft", c.nodesLeft())
          .put("replicated", c.replicated())
          .put("dataLostShare", c.dataLostShare());
    }
    ArrayNode egress = n.putArray("lostEgress");
    o.lostEgress().forEach(e -> egress.add(egressJson(e)));
    ObjectNode m = n.putObject("management");
    o.management().bastion().ifPresent(b -> m.put("bastion", b));
    m.put("reachable", o.management().reachable());
    m.put("reason", o.management().reason());
    ObjectNode states = n.putObject("resourceStates");
    o.resourceStates().forEach((k, v) -> states.put(k, v.name()));
    ArrayNode edges = n.putArray("brokenEdges");
    for (BrokenEdge e : o.brokenEdges()) {
      edges.addObject().put("from", e.from()).put("to", e.to()).put("flow", e.flow().name());
    }
    return n;
  }

  static ObjectNode egressJson(LostEgress e) {
    return JsonDocs.object()
        .put("tier", e.tier())
        .put("zone", e.zone())
        .put("cidr", e.cidr())
        .put("nat", e.nat())
        .put("natZone", e.natZone());
  }

}
