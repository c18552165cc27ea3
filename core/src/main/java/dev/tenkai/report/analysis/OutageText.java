package dev.tenkai.report.analysis;

import static dev.tenkai.report.analysis.Quantities.human;
import static dev.tenkai.report.analysis.Quantities.percent;
import static dev.tenkai.report.analysis.Quantities.perZone;
import static dev.tenkai.report.analysis.Quantities.words;

import dev.tenkai.analysis.BalancerOutcome;
import dev.tenkai.analysis.CacheOutcome;
import dev.tenkai.analysis.Capacity;
import dev.tenkai.analysis.DatabaseOutcome;
import dev.tenkai.analysis.DatabaseState;
import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.analysis.LostEgress;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.ServiceStatus;
import dev.tenkai.analysis.SinglePointOfFailure;
import java.util.List;
import java.util.stream.Collectors;

/** Zone-failure outages as text: tables a person reads at a glance. */
final class OutageText {
  private OutageText() {}

  /** One failure scenario, section by section. */
  static String text(Outage o) {
    StringBuilder out = new StringBuilder();
    outageText(o, out);
    return out.toString();
  }

  /**
   * Several scenarios (e.g. every single zone): a summary line per scenario, the single points of
   * failure, then each scenario in full.
   */
  static String text(List<Outage> outages, List<SinglePointOfFailure> singlePoints) {
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
    out.append(o.failedZones().isEmpty() && o.scenario().equals("no failure") ? "With nothing failed: " : "Failure of " + o.scenario() + ": ");
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

}
