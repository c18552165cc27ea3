package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.fixtures.AnalysisTopologyGen;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the failure analysis over generated topologies. A later step ties them to the
 * availability rules: topologies the rules pass survive any single zone, and every single point
 * of failure reported here is flagged by some rule.
 */
class FailureAnalysisPropertiesTest {

  @Test
  void aHighlyAvailableTopologySurvivesAnySingleZone() {
    qt().withExamples(200)
        .forAll(AnalysisTopologyGen.highlyAvailable())
        .checkAssert(
            t -> {
              for (Outage o : ZoneFailure.everySingleZone(t)) {
                assertThat(o.unavailableEntryPoints()).as(o.scenario()).isEmpty();
                assertThat(o.databases()).allMatch(DatabaseOutcome::available);
                assertThat(o.caches()).allMatch(c -> c.dataLostShare() == 0);
                assertThat(o.lostEgress()).isEmpty();
              }
              assertThat(SinglePointsOfFailure.ofEntryPoints(t)).isEmpty();
            });
  }

  @Test
  void everyReportedSinglePointOfFailureReallyTakesAnEntryPointDown() {
    java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger edited = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(200)
        .forAll(AnalysisTopologyGen.arbitrary())
        .checkAssert(
            t -> {
              Set<String> servedBefore =
                  ZoneFailure.analyze(t, Set.of()).entryPoints().stream()
                      .filter(EntryPointOutcome::served)
                      .map(EntryPointOutcome::name)
                      .collect(Collectors.toSet());
              for (SinglePointOfFailure s : SinglePointsOfFailure.ofEntryPoints(t)) {
                checked.incrementAndGet();
                assertThat(servedBefore).containsAll(s.entryPointsLost());
                // Losing the whole zone loses at least the placement: the entry points go too.
                Outage zone = ZoneFailure.analyze(t, Set.of(s.zone()));
                for (String name : s.entryPointsLost()) {
                  assertThat(zone.entryPoint(name).served()).as("%s in %s", name, s.summary()).isFalse();
                }
                // Where the model can express the loss itself, the edited topology is down too.
                withoutPlacement(t, s.resource(), s.zone())
                    .ifPresent(
                        e -> {
                          edited.incrementAndGet();
                          Outage now = ZoneFailure.analyze(e, Set.of());
                          for (String name : s.entryPointsLost()) {
                            assertThat(now.entryPoint(name).served()).as("edited %s", s.summary()).isFalse();
                          }
                        });
              }
            });
    // The property is not vacuous: the generator does produce single points of failure.
    assertThat(checked.get()).isPositive();
    assertThat(edited.get()).isPositive();
  }

  @Test
  void losingMoreZonesNeverServesMore() {
    qt().withExamples(200)
        .forAll(AnalysisTopologyGen.arbitrary())
        .checkAssert(
            t -> {
              List<String> zones = t.zones();
              for (Outage pair : ZoneFailure.everyPair(t)) {
                for (String z : pair.failedZones()) {
                  Outage single = ZoneFailure.analyze(t, Set.of(z));
                  for (EntryPointOutcome e : pair.entryPoints()) {
                    if (single.entryPoint(e.name()).status() == ServiceStatus.UNAVAILABLE) {
                      assertThat(e.status()).as("%s vs %s", pair.scenario(), z).isEqualTo(ServiceStatus.UNAVAILABLE);
                    }
                  }
                }
              }
              assertThat(ZoneFailure.analyze(t, Set.copyOf(zones)).unavailableEntryPoints())
                  .hasSameSizeAs(ZoneFailure.analyze(t, Set.of()).entryPoints());
            });
  }

  /** The topology without {@code resource}'s nodes in {@code zone}, when the model can say so. */
  private static Optional<Topology> withoutPlacement(Topology t, String resource, String zone) {
    try {
      switch (t.resources().get(resource)) {
        case SERVER_GROUP: {
          ImmutableServerGroup g = ImmutableServerGroup.copyOf(t.serverGroup(resource).orElseThrow());
          Map<String, Integer> counts = new HashMap<>(g.countPerZone());
          counts.put(zone, 0);
          List<ImmutableServerGroup> groups =
              t.serverGroups().stream()
                  .map(x -> x.name().equals(resource) ? g.withCountPerZone(counts) : ImmutableServerGroup.copyOf(x))
                  .collect(Collectors.toList());
          return Optional.of(ImmutableTopology.copyOf(t).withServerGroups(groups));
        }
        case CACHE: {
          ImmutableCache c = ImmutableCache.copyOf(t.cache(resource).orElseThrow());
          Map<String, Integer> counts = new HashMap<>(c.nodesPerZone());
          counts.put(zone, 0);
          return Optional.of(ImmutableTopology.copyOf(t).withCaches(c.withNodesPerZone(counts)));
        }
        case LOAD_BALANCER: {
          List<ImmutableLoadBalancer> lbs =
              t.loadBalancers().stream()
                  .map(
                      x ->
                          x.name().equals(resource)
                              ? ImmutableLoadBalancer.copyOf(x)
                                  .withZones(x.zones().stream().filter(z -> !z.equals(zone)).collect(Collectors.toList()))
                              : ImmutableLoadBalancer.copyOf(x))
                  .collect(Collectors.toList());
          return Optional.of(ImmutableTopology.copyOf(t).withLoadBalancers(lbs));
        }
        default:
          return Optional.empty();
      }
    } catch (InvalidTopologyException e) {
      // The placement was the resource's last one: the model cannot hold a resource with nothing.
      return Optional.empty();
    }
  }
}
