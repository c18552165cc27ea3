package dev.tenkai.report.analysis;

import static dev.tenkai.report.analysis.Quantities.human;
import static dev.tenkai.report.analysis.Quantities.percent;
import static dev.tenkai.report.analysis.Quantities.perZone;
import static dev.tenkai.report.analysis.Quantities.words;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import dev.tenkai.analysis.RestartStep;
import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.analysis.ServiceStatus;
import dev.tenkai.analysis.SinglePointOfFailure;
import dev.tenkai.model.RestartStrategy;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The failure analyses as text (tables a person reads at a glance) and as JSON (a versioned
 * envelope {@code {"format": "tenkai-analysis", "version": 1, "kind": ..., ...}}). A command is a
 * few lines (durations in JSON are ISO-8601 text, e.g. {@code "PT35S"}; shares are 0 to 1):
 *
 * <pre>{@code
 * System.out.print(AnalysisReport.text(ZoneFailure.analyze(topology, Set.of("a"))));
 * System.out.print(AnalysisReport.text(ZoneFailure.everySingleZone(topology),
 *     SinglePointsOfFailure.of(topology)));
 * System.out.print(AnalysisReport.text(RestartTimeline.of(topology, "web")));
 * }</pre>
 */
public final class AnalysisReport {
  /** The format marker of every JSON document. */
  public static final String FORMAT = "tenkai-analysis";

  /** The version of the JSON form. */
  public static final int VERSION = 1;

  /** The text report lists at most this many steps of a restart timeline, then its waves. */
  public static final int MAX_TEXT_STEPS = 40;

  /** The JSON form lists the steps of a restart of at most this many batches (waves always). */
  public static final int MAX_JSON_BATCHES = 2_000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * The JSON writer, built on first use: creating an ObjectMapper loads several hundred classes
   * (about 0.3 s of a short command-line run), which a text report never needs.
   */
  private static final class Indented {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Indented() {}
  }

  private AnalysisReport() {}

  // ---- text ------------------------------------------------------------------------------

  /** One failure scenario, section by section. */
  public static String text(Outage o) {
    StringBuilder out = new StringBuilder();
    outageText(o, out);
    return out.toString();
  }

  /**
   * Several scenarios (e.g. every single zone): a summary line per scenario, the single points of
   * failure, then each scenario in full.
   */
  public static String text(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
    StringBuilder out = new StringBuilder("Failure analysis: ").append(outages.size()).append(" scenarios\n");
    TextTable summary = new TextTable("FAILED", "ENTRY POINTS", "DATABASES", "CACHE DATA LOST", "EGRESS LOST", "BASTION");
    for (Outage o : outages) {
      summary.row(
          o.scenario(),
          entrySummary(o),
          o.databases().isEmpty()
              ? "-"
              : o.databases().stream().map(d -> d.name() + " " + words(d.state())).collect(Collectors.joining(", ")),
          o.caches().isEmpty()
              ? "-"
              : o.caches().stream().map(c -> c.name() + " " + percent(c.dataLostShare())).collect(Collectors.joining(", ")),
          o.lostEgress().isEmpty()
              ? "-"
              : o.lostEgress().stream().map(e -> e.tier() + "/" + e.zone()).collect(Collectors.joining(", ")),
          o.management().bastion().isEmpty() ? "none" : (o.management().reachable() ? "reachable" : "UNREACHABLE"));
    }
    summary.appendTo(out, "  ");
    out.append("\nSingle points of failure\n");
    singlePointsText(singlePoints, out);
    for (Outage o : outages) {
      out.append('\n');
      outageText(o, out);
    }
    return out.toString();
  }

  private static void singlePointsText(List<SinglePointOfFailure> singlePoints, StringBuilder out) {
    if (singlePoints.isEmpty()) {
      out.append("  none: no single resource placement takes an entry point, egress or the bastion down\n");
      return;
    }
    TextTable t = new TextTable("RESOURCE", "ZONE", "KIND", "LOSING IT ALONE");
    for (SinglePointOfFailure s : singlePoints) {
      String impact = s.summary().substring(s.summary().indexOf(": ") + 2);
      t.row(s.resource(), s.zone(), words(s.kind()), impact);
    }
    t.appendTo(out, "  ");
    for (SinglePointOfFailure s : singlePoints) {
      s.explanations().forEach(e -> out.append("  ").append(e).append('\n'));
    }
  }

  private static String entrySummary(Outage o) {
    long served = o.entryPoints().stream().filter(EntryPointOutcome::served).count();
    long degraded = o.entryPoints().stream().filter(e -> e.status() == ServiceStatus.DEGRADED).count();
    String s = served + "/" + o.entryPoints().size() + " served";
    return degraded > 0 ? s + " (" + degraded + " degraded)" : s;
  }

  private static void outageText(Outage o, StringBuilder out) {
    out.append("Failure of ").append(o.scenario()).append(": ");
    out.append(o.allEntryPointsServed() ? "every entry point still answers" : "SERVICE DOWN for "
        + o.unavailableEntryPoints().stream().map(EntryPointOutcome::name).collect(Collectors.joining(", ")));
    out.append('\n');

    out.append("Entry points\n");
    TextTable entries = new TextTable("NAME", "STATUS", "WHY");
    for (EntryPointOutcome e : o.entryPoints()) {
      String status = e.status() == ServiceStatus.UNAVAILABLE ? "UNAVAILABLE" : words(e.status());
      if (e.notes().size() > 1) {
        entries.row(e.name(), status, e.notes().get(0));
        e.notes().subList(1, e.notes().size()).forEach(n -> entries.row("", "", n));
      } else {
        entries.row(e.name(), status, e.explanation().isEmpty() ? "-" : e.explanation());
      }
    }
    entries.appendTo(out, "  ");

    if (!o.capacity().isEmpty()) {
      out.append("Capacity\n");
      TextTable cap = new TextTable("TIER", "UNIT", "BEFORE", "LEFT", "NEEDED", "");
      for (Capacity c : o.capacity()) {
        cap.row(c.resource(), words(c.unit()), c.before(), c.left(), c.needed(), c.sufficient() ? "ok" : "SHORT");
      }
      cap.appendTo(out, "  ");
    }

    if (!o.loadBalancers().isEmpty()) {
      out.append("Load balancers\n");
      TextTable lbs = new TextTable("NAME", "NODES LEFT", "LOST", "BACKENDS LEFT", "STICKY SESSIONS FAILING", "ZONES WITHOUT BACKEND");
      for (BalancerOutcome b : o.loadBalancers()) {
        lbs.row(
            b.name(),
            b.survivingZones().isEmpty() ? "none" : String.join(" ", b.survivingZones()),
            b.lostZones().isEmpty() ? "-" : String.join(" ", b.lostZones()),
            b.backends().stream()
                .map(g -> g.group() + " " + perZone(g.left()) + " (" + g.totalLeft() + "/" + g.totalBefore() + ")")
                .collect(Collectors.joining(", ")),
            b.sticky()
                ? percent(b.failingSessionShare()) + " for " + human(b.rebindAfter()) + " to " + human(b.rebindAtMost())
                : "off",
            b.zonesWithoutBackend().isEmpty()
                ? "-"
                : String.join(" ", b.zonesWithoutBackend()) + " (" + percent(b.requestShareWithoutBackend()) + " of requests)");
      }
      lbs.appendTo(out, "  ");
    }

    if (!o.databases().isEmpty()) {
      out.append("Databases\n");
      TextTable dbs = new TextTable("NAME", "STATE", "SERVING FROM", "EXPECTED FAILOVER");
      for (DatabaseOutcome d : o.databases()) {
        dbs.row(
            d.name(),
            d.state() == DatabaseState.UNAVAILABLE ? "UNAVAILABLE" : words(d.state()),
            d.servingZone().map(z -> "zone " + z).orElse("-"),
            d.state() == DatabaseState.FAILED_OVER
                ? human(d.failoverTimeMin()) + " to " + human(d.failoverTimeMax()) + " (assumed)"
                : "-");
      }
      dbs.appendTo(out, "  ");
    }

    if (!o.caches().isEmpty()) {
      out.append("Caches\n");
      TextTable cs = new TextTable("NAME", "NODES LEFT", "REPLICATED", "DATA LOST");
      for (CacheOutcome c : o.caches()) {
        cs.row(c.name(), c.nodesLeft() + "/" + c.nodesBefore(), c.replicated() ? "yes" : "no", percent(c.dataLostShare()));
      }
      cs.appendTo(out, "  ");
    }

    out.append("Egress\n");
    if (o.lostEgress().isEmpty()) {
      out.append("  every surviving private subnet keeps its NAT\n");
    } else {
      TextTable eg = new TextTable("SUBNET", "BLOCK", "LOST NAT", "NAT ZONE");
      for (LostEgress e : o.lostEgress()) {
        eg.row(e.tier() + "/" + e.zone(), e.cidr(), e.nat(), e.natZone());
      }
      eg.appendTo(out, "  ");
    }
    out.append("Management\n  ").append(o.management().reachable() ? "" : "UNREACHABLE: ")
        .append(o.management().reason()).append('\n');
  }

  /** A restart timeline: the setting, the verdict, then the steps (or the waves when many). */
  public static String text(RestartTimeline r) {
    StringBuilder out = new StringBuilder();
    out.append("Restart of ").append(r.group()).append(": ").append(policy(r)).append(", ")
        .append(words(r.mode())).append(r.loadBalancer().map(lb -> ", behind " + lb).orElse(", no load balancer"))
        .append('\n');
    out.append("  servers ").append(perZone(r.servers())).append(" (").append(r.totalServers())
        .append("), the service needs ").append(r.needed()).append('\n');
    out.append("  ").append(r.batches()).append(r.batches() == 1 ? " batch" : " batches")
        .append(r.mode() == RestartMode.SURGE
            ? ", each taking " + human(r.batchDuration()) + " while its old servers stay in service, "
                + r.surgeServers() + " extra server(s) at most"
            : ", each out of service " + human(r.batchDuration()))
        .append(r.detached() ? "; the health check detaches each restarted server before it boots" : "")
        .append('\n');
    if (!r.failingWindowPerBatch().isZero()) {
      out.append("  requests routed to restarting servers fail for ").append(human(r.failingWindowPerBatch()))
          .append(" per batch (up to ")
          .append(percent((double) (r.totalServers() - r.minimumCapacity()) / r.totalServers()))
          .append(" of requests); draining first avoids it\n");
    }
    if (r.fullOutage()) {
      out.append("  FULL OUTAGE: no server in service for ").append(human(r.outageTime()));
      r.outageSpans().forEach(s -> out.append(" (").append(human(s.from())).append(" to ").append(human(s.to())).append(')'));
      out.append('\n');
    } else {
      out.append("  never fully down\n");
    }
    out.append("  minimum capacity ").append(r.minimumCapacity()).append(" of ").append(r.totalServers());
    if (!r.timeBelowNeeded().isZero()) {
      out.append("; below the needed ").append(r.needed()).append(" for ").append(human(r.timeBelowNeeded()));
    }
    if (!r.zoneGapTime().isZero()) {
      out.append("; a zone's node has no server (cross-zone off) for ").append(human(r.zoneGapTime()));
    }
    out.append("; total ").append(human(r.duration())).append('\n');

    if (r.batches() * 5L <= MAX_TEXT_STEPS) {
      out.append("Timeline\n");
      List<String> zones = List.copyOf(r.servers().keySet());
      String[] header = new String[zones.size() + 3];
      header[0] = "TIME";
      header[1] = "IN SERVICE";
      for (int i = 0; i < zones.size(); i++) {
        header[i + 2] = zones.get(i);
      }
      header[header.length - 1] = "EVENT";
      TextTable t = new TextTable(header);
      for (RestartStep s : r.steps()) {
        Object[] row = new Object[header.length];
        row[0] = human(s.at());
        row[1] = s.inService() == 0 ? "0  <- DOWN" : s.inService();
        for (int i = 0; i < zones.size(); i++) {
          row[i + 2] = s.inServicePerZone().get(zones.get(i));
        }
        row[row.length - 1] = s.event();
        t.row(row);
      }
      t.appendTo(out, "  ");
    } else {
      out.append("Waves (runs of identical batches)\n");
      TextTable t = new TextTable("FROM", "TO", "BATCHES", "EACH RESTARTS", "IN SERVICE DURING");
      for (RestartWave w : r.waves()) {
        t.row(human(w.start()), human(w.end()), w.batches(), perZone(w.batchPerZone()), r.totalServers() - w.batchSize());
      }
      t.appendTo(out, "  ");
    }
    return out.toString();
  }

  private static String policy(RestartTimeline r) {
    return r.policy().strategy() == RestartStrategy.BATCHES
        ? "batches of " + r.policy().batchSize()
        : words(r.policy().strategy());
  }

  // ---- JSON ------------------------------------------------------------------------------

  /** One failure scenario as JSON. */
  public static String json(Outage o) {
    ObjectNode doc = envelope("zone-failure");
    doc.set("outage", outageJson(o));
    return write(doc);
  }

  /** Several scenarios and the single points of failure as JSON. */
  public static String json(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
    ObjectNode doc = envelope("zone-failures");
    ArrayNode list = doc.putArray("outages");
    outages.forEach(o -> list.add(outageJson(o)));
    ArrayNode spofs = doc.putArray("singlePointsOfFailure");
    for (SinglePointOfFailure s : singlePoints) {
      ObjectNode n = spofs.addObject();
      n.put("resource", s.resource());
      n.put("kind", s.kind().name());
      n.put("zone", s.zone());
      n.set("entryPointsLost", strings(s.entryPointsLost()));
      n.set("explanations", strings(s.explanations()));
      ArrayNode eg = n.putArray("egressLost");
      s.egressLost().forEach(e -> eg.add(egressJson(e)));
      n.put("bastionLost", s.bastionLost());
    }
    return write(doc);
  }

  /** A restart timeline as JSON; the steps are left out beyond {@link #MAX_JSON_BATCHES} batches. */
  public static String json(RestartTimeline r) {
    ObjectNode doc = envelope("restart");
    ObjectNode n = doc.putObject("restart");
    n.put("group", r.group());
    ObjectNode policy = n.putObject("policy");
    policy.put("strategy", r.policy().strategy().name());
    if (r.policy().strategy() == RestartStrategy.BATCHES) {
      policy.put("batchSize", r.policy().batchSize());
    }
    n.put("mode", r.mode().name());
    r.loadBalancer().ifPresent(lb -> n.put("loadBalancer", lb));
    n.set("servers", counts(r.servers()));
    n.put("totalServers", r.totalServers());
    n.put("needed", r.needed());
    n.put("batches", r.batches());
    n.put("batchDuration", r.batchDuration().toString());
    n.put("detached", r.detached());
    n.put("failingWindowPerBatch", r.failingWindowPerBatch().toString());
    n.put("duration", r.duration().toString());
    n.put("fullOutage", r.fullOutage());
    n.put("outageTime", r.outageTime().toString());
    ArrayNode spans = n.putArray("outageSpans");
    r.outageSpans().forEach(s -> spans.addObject().put("from", s.from().toString()).put("to", s.to().toString()));
    n.put("minimumCapacity", r.minimumCapacity());
    n.put("timeBelowNeeded", r.timeBelowNeeded().toString());
    n.put("zoneGapTime", r.zoneGapTime().toString());
    ArrayNode waves = n.putArray("waves");
    for (RestartWave w : r.waves()) {
      ObjectNode wn = waves.addObject();
      wn.put("firstBatch", w.firstBatch());
      wn.put("batches", w.batches());
      wn.set("batchPerZone", counts(w.batchPerZone()));
      wn.put("start", w.start().toString());
      wn.put("end", w.end().toString());
    }
    if (r.batches() <= MAX_JSON_BATCHES) {
      ArrayNode steps = n.putArray("steps");
      for (RestartStep s : r.steps()) {
        ObjectNode sn = steps.addObject();
        sn.put("at", s.at().toString());
        sn.put("inService", s.inService());
        sn.set("inServicePerZone", counts(s.inServicePerZone()));
        sn.put("event", s.event());
      }
    } else {
      n.put("stepsOmitted", true);
    }
    return write(doc);
  }

  private static ObjectNode outageJson(Outage o) {
    ObjectNode n = JSON.objectNode();
    n.put("scenario", o.scenario());
    n.set("failedZones", strings(o.failedZones()));
    n.put("allEntryPointsServed", o.allEntryPointsServed());
    ArrayNode eps = n.putArray("entryPoints");
    for (EntryPointOutcome e : o.entryPoints()) {
      ObjectNode en = eps.addObject();
      en.put("name", e.name());
      en.put("status", e.status().name());
      if (!e.served()) {
        en.set("brokenChain", strings(e.brokenChain()));
        en.put("reason", e.reason());
      }
      en.set("notes", strings(e.notes()));
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
      bn.set("survivingZones", strings(b.survivingZones()));
      bn.set("lostZones", strings(b.lostZones()));
      bn.put("crossZone", b.crossZone());
      bn.put("sticky", b.sticky());
      bn.put("failingSessionShare", b.failingSessionShare());
      if (b.sticky()) {
        bn.put("rebindAfter", b.rebindAfter().toString());
        bn.put("rebindAtMost", b.rebindAtMost().toString());
      }
      bn.set("zonesWithoutBackend", strings(b.zonesWithoutBackend()));
      bn.put("requestShareWithoutBackend", b.requestShareWithoutBackend());
      ArrayNode backends = bn.putArray("backends");
      for (BackendOutcome g : b.backends()) {
        ObjectNode gn = backends.addObject();
        gn.put("group", g.group());
        gn.set("before", counts(g.before()));
        gn.set("left", counts(g.left()));
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

  private static ObjectNode egressJson(LostEgress e) {
    return JSON.objectNode()
        .put("tier", e.tier())
        .put("zone", e.zone())
        .put("cidr", e.cidr())
        .put("nat", e.nat())
        .put("natZone", e.natZone());
  }

  private static ObjectNode envelope(String kind) {
    ObjectNode doc = JSON.objectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    doc.put("kind", kind);
    return doc;
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode a = JSON.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static ObjectNode counts(Map<String, Integer> perZone) {
    ObjectNode o = JSON.objectNode();
    perZone.forEach(o::put);
    return o;
  }

  private static String write(ObjectNode doc) {
    try {
      return Indented.MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
