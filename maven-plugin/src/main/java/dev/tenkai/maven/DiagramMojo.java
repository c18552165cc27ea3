package dev.tenkai.maven;

import dev.tenkai.model.Topology;
import dev.tenkai.report.diagram.DotDiagram;
import dev.tenkai.report.diagram.MermaidDiagram;
import dev.tenkai.report.diagram.TopologyDiagram;
import java.io.File;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes the topology's diagram as Mermaid or Graphviz DOT source, for the project's docs. */
@Mojo(name = "diagram", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DiagramMojo extends AbstractTopologyMojo {
  /** {@code mermaid} or {@code dot}. */
  @Parameter(property = "tenkai.diagramFormat", defaultValue = "mermaid")
  String format;

  /** The diagram file; {@code target/tenkai/<topology>.mmd} (or {@code .dot}) by default. */
  @Parameter(property = "tenkai.diagramFile")
  File outputFile;

  /** Creates the goal; Maven sets its parameters. */
  public DiagramMojo() {}

  @Override
  void execute(Topology topology, TopologyInput input) throws MojoExecutionException {
    TopologyDiagram diagram;
    String extension;
    switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "mermaid" -> {
        diagram = new MermaidDiagram();
        extension = ".mmd";
      }
      case "dot" -> {
        diagram = new DotDiagram();
        extension = ".dot";
      }
      default -> throw new MojoExecutionException("tenkai: <format> '" + format + "' is not a diagram format (mermaid, dot)");
    }
    File out = outputOr(outputFile, topology.name() + extension);
    write(out, diagram.render(topology));
    getLog().info("tenkai: diagram of " + topology.name() + " in " + out);
  }
}
