package dev.tenkai.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.analysis.Capacity;
import dev.tenkai.analysis.CapacityUnit;
import dev.tenkai.analysis.EntryPointOutcome;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.SinglePointOfFailure;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.model.RestartStrategy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.report.analysis.AnalysisReport;
import dev.tenkai.report.findings.ExitCode;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.ValidationResult;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code tenkai check} found: the validation, every analysis a CI job wants (nothing failed,
 * each single zone, every pair of zones when there are three or more, every server group's own
 * restart policy, single points of failure) and the guarantees those analyses show broken, in one
 * report as text, JSON or SARIF, with one exit code.
 *
 * <p>A guarantee is what a multi-zone topology promises by being one: every entry point answers
 * with nothing failed and after any single zone fails, every server group keeps the servers it
 * needs through a single zone failure, and every restart by a group's own policy keeps the servers
 * it needs in service. Pairs of zones are reported, not judged: the model has no way to claim that
 * it survives two zones.
 */
final class CheckReport {
  /** The rule id SARIF results of broken guarantees carry. */
  static final String GUARANTEE_RULE = "tenkai-check/broken-guarantee";

  private final Topology topology;
  private final ValidationResult validation;
  private final List<RulePack> packs;
  private final Outage baseline;
  private final List<Outage> zones;
  private final List<Outage> pairs;
  private final List<SinglePointOfFailure> singlePoints;
  private final List<RestartTimeline> restarts;
  private final List<String> broken;

  private CheckReport(Topology t, ValidationResult validation, List<RulePack> packs) {
    this.topology = t;
    this.validation = validation;
    this.packs = packs;
    ZoneFailure analysis = ZoneFailure.of(t);
    this.baseline = analysis.analyze(Set.of());
    this.zones = analysis.everySingleZone();
    this.pairs = t.zones().size() >= 3 ? analysis.everyPair() : List.of();
    this.singlePoints = SinglePointsOfFailure.of(analysis);
    List<RestartTimeline> r = new ArrayList<>();
    for (ServerGroup g : t.serverGroups()) {
      r.add(RestartTimeline.of(t, g.name()));
    }
    this.restarts = List.copyOf(r);
    this.broken = brokenGuarantees();
  }

  /** Runs every analysis of {@code t} next to its {@code validation} by {@code packs}. */
  static CheckReport of(Topology t, ValidationResult validation, List<RulePack> packs) {
    return new CheckReport(t, validation, packs);
  }

  /** The guarantees the analyses show broken, one sentence each, in analysis order. */
  List<String> broken() {
    return broken;
  }

  /** 2 for errors or a broken guarantee, 1 for warnings with {@code failOnWarnings}, else 0. */
  int exitCode(boolean failOnWarnings) {
    return broken.isEmpty() ? ExitCode.of(validation, failOnWarnings).code() : ExitCode.ERRORS.code();
  }

  private List<String> brokenGuarantees() {
    List<String> out = new ArrayList<>();
    for (EntryPointOutcome e : baseline.unavailableEntryPoints()) {
      out.add("nothing failed: " + e.name() + " is unavailable (" + e.explanation() + ")");
    }
    Set<String> servedBefore =
        baseline.entryPoints().stream().filter(EntryPointOutcome::served).map(EntryPointOutcome::name)
            .collect(Collectors.toSet());
    for (Outage o : zones) {
      for (EntryPointOutcome e : o.unavailableEntryPoints()) {
        if (servedBefore.contains(e.name())) {
          out.add(o.scenario() + " fails: " + e.name() + " is unavailable (" + e.explanation() + ")");
        }
      }
      for (Capacity c : o.capacity()) {
        if (c.unit() == CapacityUnit.SERVERS && !c.sufficient() && c.before() >= c.needed()) {
          out.add(o.scenario() + " fails: " + c.resource() + " keeps " + c.left() + " of " + c.before()
              + " servers, the service needs " + c.needed());
        }
      }
    }
    for (RestartTimeline r : restarts) {
      if (r.fullOutage()) {
        out.add("restart of " + r.group() + " (" + policy(r) + ", in place): no server in service for "
            + seconds(r.outageTime()));
      } else if (!r.timeBelowNeeded().isZero()) {
        out.add("restart of " + r.group() + " (" + policy(r) + ", in place): " + r.minimumCapacity() + " of "
            + r.totalServers() + " servers in service, below the needed " + r.needed() + " for "
            + seconds(r.timeBelowNeeded()));
      }
    }
    return List.copyOf(out);
  }

  // ---- text ------------------------------------------------------------------------------

  /** The report for people: validation, analyses, restarts, then the verdict. */
  String text(boolean colour, boolean failOnWarnings) {
    StringBuilder out = new StringBuilder();
    out.append("tenkai check: ").append(topology.name()).append(", ").append(topology.zones().size())
        .append(" zones, ").append(topology.resources().size()).append(" resources\n\n");
    out.append("== Validation ==\n").append(FindingsReport.text(validation, colour)).append('\n');
    out.append("== Every single zone ==\n").append(AnalysisReport.text(zones, singlePoints)).append('\n');
    if (!pairs.isEmpty()) {
      // Each outage alone: the several-scenario report would also print a single-points section.
      out.append("== Every pair of zones (reported, not judged) ==\n");
      pairs.forEach(o -> out.append(AnalysisReport.text(o)).append('\n'));
    }
    out.append("== Restarts (each group's own policy, in place) ==\n");
    long ok = restarts.stream().filter(r -> !r.fullOutage() && r.timeBelowNeeded().isZero()).count();
    out.append("  ").append(ok).append(" of ").append(restarts.size())
        .append(" keep the servers the service needs in service\n");
    for (RestartTimeline r : restarts) {
      out.append("  ").append(r.group()).append(": ").append(policy(r)).append(", ").append(r.batches())
          .append(r.batches() == 1 ? " batch" : " batches").append(", at least ").append(r.minimumCapacity())
          .append(" of ").append(r.totalServers()).append(" in service, needs ").append(r.needed())
          .append(", ").append(seconds(r.duration())).append('\n');
    }
    out.append("\n== Verdict ==\n");
    if (broken.isEmpty()) {
      out.append("  no broken guarantee\n");
    } else {
      out.append("  ").append(broken.size()).append(broken.size() == 1 ? " broken guarantee\n" : " broken guarantees\n");
      broken.forEach(b -> out.append("  - ").append(b).append('\n'));
    }
    out.append("  exit ").append(exitCode(failOnWarnings)).append(": ").append(meaning(exitCode(failOnWarnings)))
        .append('\n');
    return out.toString();
  }

  private static String meaning(int code) {
    switch (code) {
      case 0:
        return "clean";
      case 1:
        return "warnings (--fail-on-warnings)";
      default:
        return "errors or broken guarantees";
    }
  }

  // ---- JSON ------------------------------------------------------------------------------

  /**
   * One JSON document: {@code format} {@code "tenkai-check"}, {@code version} 1, the exit code,
   * the broken guarantees, then each part in the format of its own command ({@code validation} as
   * {@code tenkai validate --format json}, {@code zones} and {@code pairs} as {@code tenkai analyze
   * --format json}, one compact object per restart).
   */
  String json(boolean failOnWarnings) {
    ObjectMapper mapper = Json.MAPPER;
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "tenkai-check");
    root.put("version", 1);
    root.put("topology", topology.name());
    root.put("exitCode", exitCode(failOnWarnings));
    ArrayNode b = root.putArray("brokenGuarantees");
    broken.forEach(b::add);
    root.set("validation", parse(FindingsReport.json(validation)));
    root.set("zones", parse(AnalysisReport.json(zones, singlePoints)));
    if (!pairs.isEmpty()) {
      root.set("pairs", parse(AnalysisReport.json(pairs, List.of())));
    }
    ArrayNode rs = root.putArray("restarts");
    for (RestartTimeline r : restarts) {
      ObjectNode n = rs.addObject();
      n.put("group", r.group());
      n.put("policy", policy(r));
      n.put("mode", "in-place");
      n.put("batches", r.batches());
      n.put("totalServers", r.totalServers());
      n.put("needed", r.needed());
      n.put("minimumCapacity", r.minimumCapacity());
      n.put("secondsBelowNeeded", r.timeBelowNeeded().toSeconds());
      n.put("fullOutage", r.fullOutage());
      n.put("durationSeconds", r.duration().toSeconds());
    }
    return write(root);
  }

  /**
   * SARIF 2.1.0: the validation's run as {@code tenkai validate --format sarif} writes it, plus one
   * error result per broken guarantee under the rule {@link #GUARANTEE_RULE}.
   */
  String sarif() {
    ObjectNode root = (ObjectNode) parse(FindingsReport.sarif(validation, packs));
    ObjectNode run = (ObjectNode) root.withArray("runs").get(0);
    ArrayNode rules = run.withObject("/tool/driver").withArray("rules");
    int index = rules.size();
    ObjectNode rule = rules.addObject();
    rule.put("id", GUARANTEE_RULE);
    rule.put("name", "BrokenGuarantee");
    rule.putObject("shortDescription").put("text", "An analysis shows a guarantee of the topology broken");
    rule.putObject("fullDescription").put("text",
        "With nothing failed or after any single zone fails, every entry point answers and every server group keeps "
            + "the servers it needs; every restart by a group's own policy keeps them in service.");
    rule.putObject("defaultConfiguration").put("level", "error");
    ArrayNode results = run.withArray("results");
    for (String text : broken) {
      ObjectNode r = results.addObject();
      r.put("ruleId", GUARANTEE_RULE);
      r.put("ruleIndex", index);
      r.put("level", "error");
      r.putObject("message").put("text", text);
      r.putArray("locations").addObject().putArray("logicalLocations").addObject()
          .put("fullyQualifiedName", topology.name()).put("kind", "resource");
      r.putObject("partialFingerprints").put("tenkaiCheck/v1", text);
    }
    return write(root);
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // Every part was written by Tenkai's own reports a moment ago.
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonNode root) {
    try {
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String policy(RestartTimeline r) {
    return r.policy().strategy() == RestartStrategy.BATCHES
        ? "batches of " + r.policy().batchSize()
        : r.policy().strategy().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String seconds(Duration d) {
    return d.toSeconds() + " s";
  }

  /** The mapper, built on first JSON use so a text check loads no Jackson databind. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
