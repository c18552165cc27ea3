package dev.tenkai.report.diagram;

import dev.tenkai.model.Topology;
import dev.tenkai.report.diagram.DiagramScene.Arrow;
import dev.tenkai.report.diagram.DiagramScene.Box;
import dev.tenkai.report.diagram.DiagramScene.TierCluster;
import dev.tenkai.report.diagram.DiagramScene.ZoneCluster;
import java.util.stream.Collectors;

/**
 * A Graphviz DOT graph of a topology (render it with {@code dot -Tsvg}): each zone a cluster
 * holding one cluster per tier; the internet, DNS records and load balancers outside them; arrows
 * for traffic (solid), egress (dotted), administration (dashed) and replication.
 *
 * <pre>{@code
 * Files.writeString(Path.of("reference.dot"), new DotDiagram().render(ReferenceDeployment.modern()));
 * }</pre>
 */
public final class DotDiagram implements TopologyDiagram {
  private static final String FAILED_NODE = "fillcolor=\"#dddddd\", color=\"#999999\", fontcolor=\"#888888\"";

  /** A DOT renderer. */
  public DotDiagram() {}

  @Override
  public String render(Topology topology, DiagramOptions options) {
    DiagramScene scene = DiagramScene.of(topology, options);
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quote(topology.name())).append(" {\n");
    out.append("  graph [label=").append(quote(scene.title))
        .append(", labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=TB, newrank=true, nodesep=0.4];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (Box b : scene.outside) {
      out.append("  ").append(node(b)).append('\n');
    }
    for (ZoneCluster z : scene.zones) {
      out.append("  subgraph ").append(quote("cluster_" + z.id())).append(" {\n");
      out.append("    label=").append(quote("zone " + z.zone() + (z.failed() ? " (failed)" : ""))).append(";\n");
      out.append(z.failed()
          ? "    style=\"filled,dashed\"; fillcolor=\"#eeeeee\"; color=\"#999999\"; fontcolor=\"#999999\";\n"
          : "    style=\"rounded\"; color=\"#336699\";\n");
      for (TierCluster t : z.tiers()) {
        out.append("    subgraph ").append(quote("cluster_" + t.id())).append(" {\n");
        out.append("      label=").append(quote(t.title())).append(";\n");
        out.append(z.failed()
            ? "      style=\"filled,dashed\"; fillcolor=\"#e4e4e4\"; color=\"#aaaaaa\"; fontcolor=\"#999999\";\n"
            : "      style=\"filled\"; fillcolor=\"#f3f7fb\"; color=\"#99aabb\";\n");
        for (Box b : t.boxes()) {
          out.append("      ").append(node(b)).append('\n');
        }
        if (t.boxes().isEmpty()) {
          // Graphviz drops an empty cluster; the subnet exists, so it keeps a placeholder.
          out.append("      ").append(quote(t.id() + "__empty"))
              .append(" [label=\"(empty)\", shape=plaintext, style=\"\", fontsize=9, fontcolor=\"#999999\"];\n");
        }
        out.append("    }\n");
      }
      out.append("  }\n");
    }
    for (Arrow a : scene.arrows) {
      out.append("  ").append(quote(a.from())).append(" -> ").append(quote(a.to()))
          .append(" [").append(edgeStyle(a)).append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String node(Box b) {
    String label = b.lines().stream().map(DotDiagram::escape).collect(Collectors.joining("\\n"));
    StringBuilder attrs = new StringBuilder("label=\"" + label + "\"");
    // No default: a new shape does not compile until it is drawn.
    attrs.append(switch (b.shape()) {
      case INTERNET -> ", shape=ellipse, fillcolor=\"#e8f0ff\"";
      case DNS -> ", shape=note, fillcolor=\"#fff8dc\"";
      case LOAD_BALANCER -> ", shape=box, style=\"rounded,filled,bold\", fillcolor=\"#dff0d8\"";
      case DATABASE -> ", shape=cylinder, fillcolor=\"#fce5cd\"";
      case CACHE -> ", shape=cylinder, fillcolor=\"#f4cccc\"";
      case NAT -> ", shape=hexagon, fillcolor=\"#eeeeff\"";
      case BASTION -> ", shape=house, fillcolor=\"#eeeeee\"";
      case SERVERS -> ", shape=box3d, fillcolor=\"#ffffff\"";
    });
    if (b.failed()) {
      attrs.append(", ").append(FAILED_NODE);
    }
    return quote(b.id()) + " [" + attrs + "];";
  }

  private static String edgeStyle(Arrow a) {
    StringBuilder s = new StringBuilder();
    s.append(switch (a.line()) {
      case EGRESS -> "style=dotted, color=\"#3366aa\"";
      case ADMIN -> "style=dashed, color=\"#777777\"";
      case REPLICATION -> "style=dashed, dir=both, color=\"#aa6600\", constraint=false";
      case TRAFFIC -> "color=\"#222222\"";
    });
    String label = a.label();
    if (a.broken()) {
      label = label.isEmpty() ? "✗ broken" : "✗ " + label;
      s.append(", color=\"#cc0000\", fontcolor=\"#cc0000\", penwidth=2.5");
    } else if (a.lost()) {
      s.append(", color=\"#bbbbbb\", fontcolor=\"#bbbbbb\"");
    }
    if (!label.isEmpty()) {
      s.append(", label=").append(quote(label));
    }
    return s.toString();
  }

  private static String quote(String s) {
    return "\"" + escape(s) + "\"";
  }

  /** Text safe inside a double-quoted DOT string. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
