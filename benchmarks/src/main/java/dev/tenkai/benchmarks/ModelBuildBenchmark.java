package dev.tenkai.benchmarks;

import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Building a topology of N servers, including every structural check the builder runs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
public class ModelBuildBenchmark {
  /** {@link ScaledTopologies#scaled(int)}: the reference deployment, re-declared, then scaled. */
  @Benchmark
  public Topology build(ScaledTopology size) {
    return ScaledTopologies.scaled(size.servers);
  }

  /**
   * {@link WideTopologies#wide(int)}: the reference plus many server groups, firewall rules and
   * DNS records; the structural checks run on every {@code with} copy (three per call).
   */
  @Benchmark
  public Topology buildWide(WideTopology size) {
    return WideTopologies.wide(size.groups);
  }
}
