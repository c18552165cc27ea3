package dev.tenkai.report.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.analysis.RestartStep;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.RestartWave;
import dev.tenkai.model.RestartStrategy;

/** A restart timeline as JSON. */
final class RestartJson {
  private RestartJson() {}

  /** A restart timeline as JSON; the steps are left out beyond {@link AnalysisReport#MAX_JSON_BATCHES} batches. */
  static String json(RestartTimeline r) {
    ObjectNode doc = JsonDocs.envelope("restart");
    ObjectNode n = doc.putObject("restart");
    n.put("group", r.group());
    ObjectNode policy = n.putObject("policy");
    policy.put("strategy", r.policy().strategy().name());
    if (r.policy().strategy() == RestartStrategy.BATCHES) {
      policy.put("batchSize", r.policy().batchSize());
    }
    n.put("mode", r.mode().name());
    r.loadBalancer().ifPresent(lb -> n.put("loadBalancer", lb));
    n.set("servers", JsonDocs.counts(r.servers()));
    n.put("totalServers", r.totalServers());
    n.put("reachableServers", r.reachableServers());
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
      wn.set("batchPerZone", JsonDocs.counts(w.batchPerZone()));
      wn.put("start", w.start().toString());
      wn.put("end", w.end().toString());
    }
    if (r.batches() <= AnalysisReport.MAX_JSON_BATCHES) {
      ArrayNode steps = n.putArray("steps");
      for (RestartStep s : r.steps()) {
        ObjectNode sn = steps.addObject();
        sn.put("at", s.at().toString());
        sn.put("inService", s.inService());
        sn.set("inServicePerZone", JsonDocs.counts(s.inServicePerZone()));
        sn.put("event", s.event());
      }
    } else {
      n.put("stepsOmitted", true);
    }
    return JsonDocs.write(doc);
  }

}
