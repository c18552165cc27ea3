package dev.tenkai.report.diagram;

import dev.tenkai.model.Topology;
import dev.tenkai.report.diagram.DiagramScene.Arrow;
import dev.tenkai.report.diagram.DiagramScene.Box;
import dev.tenkai.report.diagram.DiagramScene.TierCluster;
import dev.tenkai.report.diagram.DiagramScene.ZoneCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Mermaid flowchart of a topology, for READMEs and pull requests: each zone a subgraph holding
 * one subgraph per tier; the internet, DNS records and load balancers above them; arrows for
 * traffic (solid), egress and administration (dotted) and replication.
 *
 * <pre>{@code
 * String mermaid = new MermaidDiagram().render(ReferenceDeployment.modern());
 * }</pre>
 */
public final class MermaidDiagram implements TopologyDiagram {
  private static final String FAILED_STYLE = "fill:#eeeeee,stroke:#999999,color:#999999,stroke-dasharray:4 4";

  /** A Mermaid renderer. */
  public MermaidDiagram() {}

  @Override
  public String render(Topology topology, DiagramOptions options) {
    DiagramScene scene = DiagramScene.of(topology, options);
    StringBuilder out = new StringBuilder();
    out.append("---\ntitle: ").append(text(scene.title)).append("\n---\n");
    out.append("flowchart TB\n");
    for (Box b : scene.outside) {
      out.append("  ").append(box(b)).append('\n');
    }
    List<String> failedBoxes = new ArrayList<>();
    for (ZoneCluster z : scene.zones) {
      out.append("  subgraph ").append(z.id()).append("[\"zone ").append(text(z.zone()))
          .append(z.failed() ? " (failed)" : "").append("\"]\n");
      out.append("    direction TB\n");
      for (TierCluster t : z.tiers()) {
        out.append("    subgraph ").append(t.id()).append("[\"").append(text(t.title())).append("\"]\n");
        for (Box b : t.boxes()) {
          out.append("      ").append(box(b)).append('\n');
          if (b.failed()) {
            failedBoxes.add(b.id());
          }
        }
        out.append("    end\n");
      }
      out.append("  end\n");
    }
    List<String> linkStyles = new ArrayList<>();
    for (int i = 0; i < scene.arrows.size(); i++) {
      Arrow a = scene.arrows.get(i);
      out.append("  ").append(a.from()).append(' ').append(arrow(a)).append(' ').append(a.to()).append('\n');
      if (a.broken()) {
        linkStyles.add("  linkStyle " + i + " stroke:#cc0000,stroke-width:3px,color:#cc0000");
      } else if (a.lost()) {
        linkStyles.add("  linkStyle " + i + " stroke:#bbbbbb,color:#bbbbbb");
      }
    }
    linkStyles.forEach(l -> out.append(l).append('\n'));
    for (ZoneCluster z : scene.zones) {
      if (z.failed()) {
        out.append("  style ").append(z.id()).append(' ').append(FAILED_STYLE).append('\n');
        for (TierCluster t : z.tiers()) {
          out.append("  style ").append(t.id()).append(' ').append(FAILED_STYLE).append('\n');
        }
      }
    }
    if (!failedBoxes.isEmpty()) {
      out.append("  classDef failed ").append(FAILED_STYLE).append('\n');
      out.append("  class ").append(String.join(",", failedBoxes)).append(" failed\n");
    }
    return out.toString();
  }

  private static String box(Box b) {
    String label = b.lines().stream().map(MermaidDiagram::text).collect(Collectors.joining("<br/>"));
    // No default: a new shape does not compile until it is drawn.
    return switch (b.shape()) {
      case INTERNET -> b.id() + "((\"" + label + "\"))";
      case DNS -> b.id() + ">\"" + label + "\"]";
      case LOAD_BALANCER -> b.id() + "{{\"" + label + "\"}}";
      case DATABASE, CACHE -> b.id() + "[(\"" + label + "\")]";
      case NAT, BASTION -> b.id() + "[/\"" + label + "\"/]";
      case SERVERS -> b.id() + "[\"" + label + "\"]";
    };
  }

  private static String arrow(Arrow a) {
    String label = a.label().isEmpty() ? "" : text(a.label());
    if (a.broken()) {
      label = label.isEmpty() ? "✗ broken" : "✗ " + label;
    }
    boolean dotted = a.line() != DiagramScene.Line.TRAFFIC;
    String head = dotted ? "-.->" : "-->";
    return label.isEmpty() ? head : head + "|\"" + label + "\"|";
  }

  /** Text safe inside a quoted Mermaid label. */
  private static String text(String s) {
    return s.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("\n", " ");
  }
}
