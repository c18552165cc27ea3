package dev.tenkai.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.tenkai.model.Topology;
import java.util.Set;

/**
 * What fails: whole zones, or one resource's placement in one zone (its nodes there and nothing
 * else). A resource's node in a zone survives when neither its zone nor its placement failed.
 */
final class Scenario {
  private final String label;
  private final ImmutableSet<String> failedZones;
  private final ImmutableSetMultimap<String, String> lostPlacements;

  private Scenario(
      String label, ImmutableSet<String> failedZones, ImmutableSetMultimap<String, String> lost) {
    this.label = label;
    this.failedZones = failedZones;
    this.lostPlacements = lost;
  }

  /** The zones {@code zones} of {@code t} fail; each must be one of the topology's zones. */
  static Scenario zones(Topology t, Set<String> zones) {
    for (String z : zones) {
      if (!t.zones().contains(z)) {
        throw new IllegalArgumentException(
            "failed zone '" + z + "' is not a zone of topology " + t.name() + " " + t.zones());
      }
    }
    // Topology order, so labels and reports read the same whatever order the caller used.
    ImmutableSet<String> ordered =
        t.zones().stream().filter(zones::contains).collect(ImmutableSet.toImmutableSet());
    String label =
        ordered.isEmpty()
            ? "no failure"
            : (ordered.size() == 1 ? "zone " : "zones ") + String.join(", ", ordered);
    return new Scenario(label, ordered, ImmutableSetMultimap.of());
  }

  /** Only {@code resource}'s nodes in {@code zone} fail. */
  static Scenario placement(String resource, String zone) {
    return new Scenario(
        resource + " in zone " + zone, ImmutableSet.of(), ImmutableSetMultimap.of(resource, zone));
  }

  String label() {
    return label;
  }

  ImmutableSet<String> failedZones() {
    return failedZones;
  }

  /** Whether the zone itself still stands (its subnets, whatever else failed in it). */
  boolean zoneAlive(String zone) {
    return !failedZones.contains(zone);
  }

  /** Whether {@code resource}'s nodes in {@code zone} survive. */
  boolean alive(String resource, String zone) {
    return zoneAlive(zone) && !lostPlacements.containsEntry(resource, zone);
  }
}
