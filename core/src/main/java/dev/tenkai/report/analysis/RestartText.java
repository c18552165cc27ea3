package dev.tenkai.report.analysis;

import static dev.tenkai.report.analysis.Quantities.human;
import static dev.tenkai.report.analysis.Quantities.percent;
import static dev.tenkai.report.analysis.Quantities.perZone;
import static dev.tenkai.report.analysis.Quantities.words;

import dev.tenkai.analysis.RestartStep;
import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.model.RestartStrategy;
import java.util.List;

/** A restart timeline as text: the setting, the verdict, then the steps or the waves. */
final class RestartText {
  private RestartText() {}

  /** A restart timeline: the setting, the verdict, then the steps (or the waves when many). */
  static String text(RestartTimeline r) {
    StringBuilder out = new StringBuilder();
    out.append("Restart of ").append(r.group()).append(": ").append(policy(r)).append(", ")
        .append(words(r.mode())).append(r.loadBalancer().map(lb -> ", behind " + lb).orElse(", no load balancer"))
        .append('\n');
    out.append("  servers ").append(perZone(r.servers())).append(" (").append(r.totalServers())
        .append(r.reachableServers() < r.totalServers() ? ", " + r.reachableServers() + " reachable through a load balancer node" : "")
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

    if (r.batches() * 5L <= AnalysisReport.MAX_TEXT_STEPS) {
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

}
