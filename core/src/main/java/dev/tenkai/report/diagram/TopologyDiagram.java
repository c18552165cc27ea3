package dev.tenkai.report.diagram;

import dev.tenkai.model.Topology;

/**
 * A renderer of a topology as a picture's source text (Mermaid, DOT ...): a pure function of the
 * model and the options.
 *
 * <pre>{@code String mermaid = new MermaidDiagram().render(topology);}</pre>
 */
public interface TopologyDiagram {
  /** The source text of the picture of {@code topology}, highlighting as {@code options} say. */
  String render(Topology topology, DiagramOptions options);

  /** The source text of the picture of {@code topology}, nothing highlighted. */
  default String render(Topology topology) {
    return render(topology, DiagramOptions.defaults());
  }
}
