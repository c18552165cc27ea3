package dev.tenkai.benchmarks;

import dev.tenkai.model.Topology;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A reference deployment with {@link #groups} extra server groups, each with its own firewall
 * rule and DNS record ({@link WideTopologies#wide(int)}): the dimension along which a quadratic
 * check would show, since the number of servers alone only changes counts.
 */
@State(Scope.Benchmark)
public class WideTopology {
  /** How many extra server groups (and as many firewall rules and DNS records). */
  @Param({"10", "100", "1000", "5000"})
  public int groups;

  /** The topology, built in {@link #build()}. */
  public Topology topology;

  /** Builds the topology the benchmark works on. */
  @Setup(Level.Trial)
  public void build() {
    topology = WideTopologies.wide(groups);
  }
}
