package dev.tenkai.benchmarks;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Planner;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What planning works on, for a reference deployment with {@link #servers} web servers, built once
 * per trial with no AWS call: the topology, its zones mapped by name (as the account would), the
 * desired stack, a discovered state identical to it (every resource read back exactly as desired,
 * as after a successful apply) and an empty state (nothing exists yet).
 */
@State(Scope.Benchmark)
public class PlannedStack {
  /** How many web servers; the rest of the deployment is the modern reference. */
  @Param({"4", "200", "2000", "10000", "100000"})
  public int servers;

  /** The topology. */
  public Topology topology;

  /** Its logical zones mapped to zone names without asking AWS. */
  public ZoneMap zones;

  /** Options as a user would give them (an image for every role). */
  public AwsOptions options;

  /** The mapped stack. */
  public DesiredStack desired;

  /** A state holding every desired resource as it would be read back after an apply. */
  public StackState same;

  /** A state of a stack with nothing in it. */
  public StackState empty;

  /** The planner with the standard handlers' property rules. */
  public final Planner planner = new Planner(ResourceHandlers.standard());

  /**
   * Builds the inputs and checks that they mean what the benchmarks say: no change against the
   * same state, a creation per resource against the empty one.
   */
  @Setup(Level.Trial)
  public void build() {
    topology = ScaledTopologies.scaled(servers);
    Map<String, String> names = new LinkedHashMap<>();
    topology.zones().forEach(z -> names.put(z, topology.region() + z));
    zones = ZoneMap.of(names);
    options = AwsOptions.builder().image(AwsOptions.DEFAULT_ROLE, "ami-0123456789abcdef0").build();
    desired = TopologyMapping.map(topology, zones, options);
    same = new StackState(topology.name());
    for (DesiredResource d : desired.resources().values()) {
      same.put(CurrentResource.of(d.kind(), d.logicalId(), "physical-" + d.logicalId(), d.properties(), Map.of()));
    }
    empty = new StackState(topology.name());
    List<Change> noChange = planner.changes(desired, same);
    if (noChange.stream().anyMatch(c -> c.action() != ChangeAction.NO_CHANGE)) {
      throw new IllegalStateException("the identical state should plan no change, got " + noChange.stream()
          .filter(c -> c.action() != ChangeAction.NO_CHANGE).findFirst().orElseThrow());
    }
    if (planner.changes(desired, empty).stream().anyMatch(c -> c.action() != ChangeAction.CREATE)) {
      throw new IllegalStateException("the empty state should plan only creations");
    }
  }
}
