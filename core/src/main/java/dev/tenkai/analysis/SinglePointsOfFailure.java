package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import dev.tenkai.diagnostics.Diagnostics;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The single points of failure of a topology.
 *
 * <p><b>Definition.</b> A single point of failure is a <em>placement</em>, one resource's nodes in
 * one zone (a server group's servers in zone a, a load balancer's node in zone a, a database's
 * primary, a cache's nodes in zone a, a NAT, the bastion), whose loss alone, with everything else
 * standing, makes an entry point unavailable that is available when nothing fails. Losing a whole
 * resource at once (every zone of it) is not considered: that takes down any resource on the path
 * of an entry point and says nothing about the layout. Losing a placement is judged with the same
 * model as {@link ZoneFailure}, so every single point of failure is also broken by losing its
 * zone.
 *
 * <p>In the same pass, placements whose loss alone cuts the egress of a subnet in <em>another</em>
 * zone (a single NAT serving several zones, the seed's lesson 6; a NAT serving only its own zone
 * fails with its zone and is no single point) or makes the bastion unreachable are reported too;
 * {@link SinglePointOfFailure#affectsEntryPoints()} tells the strict ones apart.
 *
 * <p>The work is one analysis per placement: resources times zones, independent of server counts.
 */
public final class SinglePointsOfFailure {
  private static final Logger LOG = Diagnostics.logger(SinglePointsOfFailure.class);

  private SinglePointsOfFailure() {}

  /** Every placement of {@code topology} whose loss alone hurts, in model then zone order. */
  public static List<SinglePointOfFailure> of(Topology topology) {
    LOG.debug("single points of failure of topology {}: one analysis per placement", topology.name());
    ZoneFailure analysis = ZoneFailure.of(topology);
    Outage baseline = analysis.analyze(Set.of());
    Set<String> servedBefore =
        baseline.entryPoints().stream()
            .filter(EntryPointOutcome::served)
            .map(EntryPointOutcome::name)
            .collect(Collectors.toSet());
    ImmutableList.Builder<SinglePointOfFailure> out = ImmutableList.builder();
    for (Map.Entry<String, ResourceKind> r : topology.resources().entrySet()) {
      for (String zone : topology.zonesOf(r.getKey())) {
        Outage o = analysis.analyze(Scenario.placement(r.getKey(), zone));
        List<String> lost = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (EntryPointOutcome e : o.unavailableEntryPoints()) {
          if (servedBefore.contains(e.name())) {
            lost.add(e.name());
            why.add(e.explanation());
          }
        }
        List<LostEgress> egress =
            o.lostEgress().stream()
                .filter(e -> !baseline.lostEgress().contains(e))
                .collect(ImmutableList.toImmutableList());
        boolean crossZoneEgress = egress.stream().anyMatch(e -> !e.zone().equals(zone));
        boolean bastion = baseline.management().reachable() && !o.management().reachable();
        if (!lost.isEmpty() || crossZoneEgress || bastion) {
          out.add(new SinglePointOfFailure(r.getKey(), r.getValue(), zone, lost, why, egress, bastion));
        }
      }
    }
    return out.build();
  }

  /** Only those whose loss makes an entry point unavailable (the strict definition). */
  public static List<SinglePointOfFailure> ofEntryPoints(Topology topology) {
    return of(topology).stream()
        .filter(SinglePointOfFailure::affectsEntryPoints)
        .collect(ImmutableList.toImmutableList());
  }
}
