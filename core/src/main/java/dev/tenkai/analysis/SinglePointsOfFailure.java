package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import dev.tenkai.diagnostics.Diagnostics;
import dev.tenkai.model.Cache;
import dev.tenkai.model.Database;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.ServerGroup;
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
 * <p><b>Cost.</b> Only the placements whose loss can break a link of the {@link ZoneFailure} model
 * are analyzed in full; every other placement leaves each link as it was and so can hurt no entry
 * point. A placement can break a link only when it leaves its own resource with nothing (a group or
 * cache with no node elsewhere, a load balancer with no other zone, a database primary without a
 * standby elsewhere), when it leaves a load balancer's backend without a server in the load
 * balancer's other zones, or when it is a NAT or the bastion (egress and the way in are judged per
 * placement). The screen reads the model once per placement; the full analysis, linear in resources,
 * runs once for the baseline and once per placement that passes it. A topology without
 * weak placements therefore costs time linear in its resources; each weak placement adds one
 * linear pass.
 */
public final class SinglePointsOfFailure {
  private static final Logger LOG = Diagnostics.logger(SinglePointsOfFailure.class);

  private SinglePointsOfFailure() {}

  /** Every placement of {@code topology} whose loss alone hurts, in model then zone order. */
  public static List<SinglePointOfFailure> of(Topology topology) {
    return of(ZoneFailure.of(topology));
  }

  /**
   * Every placement of {@code analysis}'s topology whose loss alone hurts; reuses the analysis's
   * graph (a caller that also asks other questions of the topology builds it once).
   */
  public static List<SinglePointOfFailure> of(ZoneFailure analysis) {
    Topology topology = analysis.topology();
    LOG.debug("single points of failure of topology {}: screened placements", topology.name());
    Outage baseline = analysis.analyze(Set.of());
    Set<String> servedBefore =
        baseline.entryPoints().stream()
            .filter(EntryPointOutcome::served)
            .map(EntryPointOutcome::name)
            .collect(Collectors.toSet());
    ImmutableList.Builder<SinglePointOfFailure> out = ImmutableList.builder();
    for (Map.Entry<String, ResourceKind> r : topology.resources().entrySet()) {
      for (String zone : topology.zonesOf(r.getKey())) {
        if (!canBreakALink(topology, r.getKey(), r.getValue(), zone)) {
          continue;
        }
        Scenario scenario = Scenario.placement(r.getKey(), zone);
        List<String> lost = new ArrayList<>();
        List<String> why = new ArrayList<>();
        Outage o = analysis.analyze(scenario);
        for (EntryPointOutcome e : o.unavailableEntryPoints()) {
          if (servedBefore.contains(e.name())) {
            lost.add(e.name());
            why.add(e.explanation());
          }
        }
        List<LostEgress> lostEgress = o.lostEgress();
        Management management = o.management();
        List<LostEgress> egress =
            lostEgress.stream()
                .filter(e -> !baseline.lostEgress().contains(e))
                .collect(ImmutableList.toImmutableList());
        boolean crossZoneEgress = egress.stream().anyMatch(e -> !e.zone().equals(zone));
        boolean bastion = baseline.management().reachable() && !management.reachable();
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

  /**
   * Whether losing {@code resource}'s nodes in {@code zone} can turn any link of the zone-failure
   * model from working to broken (or change why a broken one broke). When it cannot, every
   * evaluation of the model takes the same branches as with nothing lost, so no entry point, egress
   * or way in changes. Errs on the side of yes: a yes only costs one full analysis.
   */
  private static boolean canBreakALink(
      Topology t, String resource, ResourceKind kind, String zone) {
    switch (kind) {
      case SERVER_GROUP:
        Map<String, Integer> servers = t.serverGroup(resource).orElseThrow().countPerZone();
        if (countOutside(servers, zone, null) == 0) {
          return true;
        }
        for (LoadBalancer lb : t.loadBalancersOf(resource)) {
          if (countOutside(servers, zone, lb.zones()) == 0) {
            return true;
          }
        }
        return false;
      case LOAD_BALANCER:
        LoadBalancer lb = t.loadBalancer(resource).orElseThrow();
        if (lb.zones().stream().allMatch(zone::equals)) {
          return true;
        }
        for (String backend : lb.backends()) {
          ServerGroup g = t.serverGroup(backend).orElseThrow();
          if (countOutside(g.countPerZone(), zone, lb.zones()) == 0) {
            return true;
          }
        }
        return false;
      case DATABASE:
        Database db = t.database(resource).orElseThrow();
        return db.primaryZone().equals(zone) && db.standbyZone().filter(s -> !s.equals(zone)).isEmpty();
      case CACHE:
        Cache c = t.cache(resource).orElseThrow();
        return countOutside(c.nodesPerZone(), zone, null) == 0;
      default:
        // NATs and the bastion: egress and the way in are judged per placement. Any kind added
        // later is analyzed in full until the screen knows it.
        return true;
    }
  }

  /** Nodes in zones other than {@code lost}, only in {@code within} unless it is null. */
  private static int countOutside(Map<String, Integer> perZone, String lost, List<String> within) {
    int n = 0;
    for (Map.Entry<String, Integer> e : perZone.entrySet()) {
      if (!e.getKey().equals(lost) && (within == null || within.contains(e.getKey()))) {
        n += e.getValue();
      }
    }
    return n;
  }
}
