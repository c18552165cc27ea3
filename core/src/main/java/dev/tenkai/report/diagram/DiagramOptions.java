package dev.tenkai.report.diagram;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;

/**
 * What a diagram highlights beyond the topology itself: zones that have failed (drawn greyed out,
 * with everything in them) and edges that are broken (drawn red and crossed), so that an outage
 * analysis can show its answer on the picture.
 *
 * <pre>{@code
 * DiagramOptions zoneADown = DiagramOptions.defaults()
 *     .withFailedZones(List.of("a"))
 *     .withBrokenEdges(List.of(new DiagramEdge("web-lb", "web")));
 * }</pre>
 */
public final class DiagramOptions {
  private static final DiagramOptions DEFAULTS = new DiagramOptions(ImmutableSet.of(), ImmutableSet.of());

  private final ImmutableSet<String> failedZones;
  private final ImmutableSet<DiagramEdge> brokenEdges;

  private DiagramOptions(ImmutableSet<String> failedZones, ImmutableSet<DiagramEdge> brokenEdges) {
    this.failedZones = failedZones;
    this.brokenEdges = brokenEdges;
  }

  /** Nothing failed, nothing broken. */
  public static DiagramOptions defaults() {
    return DEFAULTS;
  }

  /** These options with {@code zones} drawn as failed (replacing any before). */
  public DiagramOptions withFailedZones(Collection<String> zones) {
    return new DiagramOptions(ImmutableSet.copyOf(zones), brokenEdges);
  }

  /** These options with {@code edges} drawn as broken (replacing any before). */
  public DiagramOptions withBrokenEdges(Collection<DiagramEdge> edges) {
    return new DiagramOptions(failedZones, ImmutableSet.copyOf(edges));
  }

  /** The zones drawn as failed. */
  public ImmutableSet<String> failedZones() {
    return failedZones;
  }

  /** The edges drawn as broken. */
  public ImmutableSet<DiagramEdge> brokenEdges() {
    return brokenEdges;
  }

  /** Whether {@code zone} is drawn as failed. */
  public boolean isFailed(String zone) {
    return zone != null && failedZones.contains(zone);
  }

  /** Whether the edge from {@code from} to {@code to} is drawn as broken. */
  public boolean isBroken(String from, String to) {
    return brokenEdges.contains(new DiagramEdge(from, to));
  }
}
