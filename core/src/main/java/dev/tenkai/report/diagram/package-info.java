/**
 * Pictures of a topology: Mermaid (for READMEs and pull requests) and Graphviz DOT, both pure
 * functions of the model, drawing zones as clusters, tiers inside them, every resource and the
 * traffic, egress and administration arrows of the {@link dev.tenkai.graph.TopologyGraph}.
 * {@link dev.tenkai.report.diagram.DiagramOptions} greys out failed zones and marks broken edges.
 */
package dev.tenkai.report.diagram;
