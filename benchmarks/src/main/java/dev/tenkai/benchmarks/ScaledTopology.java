package dev.tenkai.benchmarks;

import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A reference deployment with {@link #servers} web servers spread over its zones
 * ({@link ScaledTopologies#scaled(int)}), built once per trial so that the benchmark measures only
 * the step under test.
 */
@State(Scope.Benchmark)
public class ScaledTopology {
  /** How many web servers; the rest of the deployment is the modern reference. */
  @Param({"4", "200", "2000", "10000", "100000"})
  public int servers;

  /** The topology, built in {@link #build()}. */
  public Topology topology;

  /** Builds the topology the benchmark works on. */
  @Setup(Level.Trial)
  public void build() {
    topology = ScaledTopologies.scaled(servers);
  }
}
