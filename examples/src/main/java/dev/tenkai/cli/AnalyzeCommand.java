package dev.tenkai.cli;

import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.report.analysis.AnalysisReport;
import dev.tenkai.report.analysis.RestartChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai analyze}: what a zone failure or a restart of a server group does to the service,
 * computed offline from the topology.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "What if zones fail, or a server group restarts? Offline, from the topology.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Question question;

  /** The one question a run answers. */
  static final class Question {
    @Option(names = "--fail-zone", paramLabel = "ZONE", description = "These zones fail together (repeatable).")
    List<String> failedZones;

    @Option(names = "--baseline", description = "Nothing fails: does every entry point answer, with what capacity?")
    boolean baseline;

    @Option(names = "--every-zone", description = "Nothing fails, then each zone in turn; also lists single points of failure.")
    boolean everyZone;

    @Option(names = "--every-pair", description = "Each pair of zones fails together.")
    boolean everyPair;

    @Option(names = "--restart", paramLabel = "GROUP", description = "Restart GROUP with its restart policy.")
    String restart;
  }

  @Option(names = "--mode", paramLabel = "MODE", description = {
      "How each batch of --restart leaves service: in-place (the default: restarted where it runs, the load balancer "
          + "finds out by its health check), drain-first (deregistered and drained, then restarted), or surge (replaced "
          + "create before destroy, as 'tenkai apply' rolls an instance-class change)."})
  String mode = "in-place";

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, or svg for --restart (default: text).")
  String format = "text";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE.")
  Path output;

  /** Answers the question. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("text", "json", "svg").contains(f)) {
      throw new ParameterException(spec.commandLine(), "--format: expected text, json or svg, got '" + format + "'");
    }
    if (f.equals("svg") && question.restart == null) {
      throw new ParameterException(spec.commandLine(),
          "--format svg draws the restart timeline; for a zone failure use 'tenkai diagram --failed-zone Z --format svg'");
    }
    if (question.restart == null && !mode.equals("in-place")) {
      throw new ParameterException(spec.commandLine(), "--mode applies to --restart only, got --mode " + mode + " without it");
    }
    String text;
    if (question.restart != null) {
      if (t.serverGroup(question.restart).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--restart: no server group '" + question.restart
            + "' (the topology has " + t.serverGroups().stream().map(g -> g.name()).toList() + ")");
      }
      ServerGroup group = t.serverGroup(question.restart).orElseThrow();
      RestartTimeline timeline = RestartTimeline.of(t, question.restart, group.restartPolicy(), restartMode());
      text = f.equals("svg") ? RestartChart.svg(timeline)
          : f.equals("json") ? AnalysisReport.json(timeline) : AnalysisReport.text(timeline);
    } else if (question.baseline) {
      Outage outage = ZoneFailure.baseline(t);
      text = f.equals("json") ? AnalysisReport.json(outage) : AnalysisReport.text(outage);
    } else if (question.failedZones != null) {
      for (String z : question.failedZones) {
        if (!t.zones().contains(z)) {
          throw new ParameterException(spec.commandLine(),
              "--fail-zone: unknown zone '" + z + "' (the topology's zones are " + t.zones() + ")");
        }
      }
      Outage outage = ZoneFailure.analyze(t, Set.copyOf(question.failedZones));
      text = f.equals("json") ? AnalysisReport.json(outage) : AnalysisReport.text(outage);
    } else {
      ZoneFailure analysis = ZoneFailure.of(t);
      List<Outage> outages = new ArrayList<>();
      if (question.everyZone) {
        outages.add(analysis.baseline());
        outages.addAll(analysis.everySingleZone());
      } else {
        outages.addAll(analysis.everyPair());
      }
      var singlePoints = SinglePointsOfFailure.of(t);
      text = f.equals("json") ? AnalysisReport.json(outages, singlePoints) : AnalysisReport.text(outages, singlePoints);
    }
    CommandOutput.emit(spec, output, text);
    return 0;
  }

  private RestartMode restartMode() {
    switch (mode.toLowerCase(Locale.ROOT)) {
      case "in-place":
        return RestartMode.IN_PLACE;
      case "drain-first":
        return RestartMode.DRAIN_FIRST;
      case "surge":
        return RestartMode.SURGE;
      default:
        throw new ParameterException(spec.commandLine(), "--mode: expected in-place, drain-first or surge, got '" + mode + "'");
    }
  }
}
