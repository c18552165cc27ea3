package dev.tenkai.report.diagram;

import dev.tenkai.graph.Node;

/**
 * An edge of the topology graph between two nodes, named as the graph names them: a resource
 * name ({@code web-lb}), a DNS record's name ({@code example.jp}) or {@code internet}.
 *
 * @param from the sending node's name
 * @param to the receiving node's name
 */
public record DiagramEdge(String from, String to) {
  /** The edge between two nodes of a {@link dev.tenkai.graph.TopologyGraph}. */
  public static DiagramEdge between(Node from, Node to) {
    return new DiagramEdge(from.name(), to.name());
  }
}
