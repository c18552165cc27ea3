package dev.tenkai.benchmarks;

import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.SinglePointOfFailure;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The offline failure analyses over an already built topology. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
public class AnalysisBenchmark {
  /** {@link ZoneFailure#everySingleZone}: each zone fails in turn. */
  @Benchmark
  public List<Outage> everySingleZone(ScaledTopology size) {
    return ZoneFailure.everySingleZone(size.topology);
  }

  /** {@link SinglePointsOfFailure#of}: resources whose loss alone hurts an entry point. */
  @Benchmark
  public List<SinglePointOfFailure> singlePointsOfFailure(ScaledTopology size) {
    return SinglePointsOfFailure.of(size.topology);
  }

  /** Each zone fails in turn, on a topology with many server groups, rules and records. */
  @Benchmark
  public List<Outage> everySingleZoneWide(WideTopology size) {
    return ZoneFailure.everySingleZone(size.topology);
  }

  /** Single points of failure, on a topology with many server groups, rules and records. */
  @Benchmark
  public List<SinglePointOfFailure> singlePointsOfFailureWide(WideTopology size) {
    return SinglePointsOfFailure.of(size.topology);
  }
}
