package dev.tenkai.analysis;

import dev.tenkai.graph.FlowKind;

/**
 * An edge of the {@link dev.tenkai.graph.TopologyGraph} that no longer carries its flow because
 * one of its ends is down, for diagrams that mark broken paths. Names are the graph's node names
 * (a resource name, a DNS name, or {@code internet}).
 *
 * @param from the sending end
 * @param to the receiving end
 * @param flow traffic, egress or administration
 */
public record BrokenEdge(String from, String to, FlowKind flow) {}
