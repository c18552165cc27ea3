package dev.tenkai.cli;

import dev.tenkai.model.Topology;
import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.report.diagram.DiagramEdge;
import dev.tenkai.report.diagram.DiagramOptions;
import dev.tenkai.report.diagram.DotDiagram;
import dev.tenkai.report.diagram.MermaidDiagram;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai diagram}: the topology as a picture: Mermaid or DOT source, or SVG drawn by
 * Graphviz when its {@code dot} program is installed.
 */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = "Draw the topology: zones as clusters, tiers, every resource and the traffic between them.")
public final class DiagramCommand implements Callable<Integer> {
  /** The picture formats. */
  enum Format {
    MERMAID,
    DOT,
    SVG
  }

  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "mermaid, dot or svg (svg needs Graphviz's dot program; default: mermaid).")
  Format format = Format.MERMAID;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--failed-zone",
      paramLabel = "ZONE",
      description = "Grey out ZONE as failed (repeatable).")
  List<String> failedZones = new ArrayList<>();

  @Option(names = "--graphviz", hidden = true, description = "The Graphviz dot program.")
  String graphviz = "dot";

  /** Draws the picture. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    for (String z : failedZones) {
      if (!t.zones().contains(z)) {
        throw new ParameterException(
            spec.commandLine(), "--failed-zone: unknown zone '" + z + "' (the topology's zones are " + t.zones() + ")");
      }
    }
    DiagramOptions options = DiagramOptions.defaults();
    if (!failedZones.isEmpty()) {
      // Mark what the failure breaks, as the offline analysis computes it.
      Outage outage = ZoneFailure.analyze(t, Set.copyOf(failedZones));
      options = options.withFailedZones(failedZones).withBrokenEdges(
          outage.brokenEdges().stream().map(e -> new DiagramEdge(e.from(), e.to())).collect(Collectors.toList()));
    }
    String text;
    switch (format) {
      case DOT:
        text = new DotDiagram().render(t, options);
        break;
      case SVG:
        text = new Graphviz(graphviz).toSvg(new DotDiagram().render(t, options));
        break;
      default:
        text = new MermaidDiagram().render(t, options);
        break;
    }
    CommandOutput.emit(spec, output, text);
    return 0;
  }
}
