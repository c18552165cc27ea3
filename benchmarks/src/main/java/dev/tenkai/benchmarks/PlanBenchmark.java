package dev.tenkai.benchmarks;

import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The AWS provider's pure steps, without any AWS call: mapping a topology to its desired stack,
 * and planning that stack against a state where it already exists (no change) and against an
 * empty one (create everything). Unlike the model, the desired stack holds one resource per
 * server, so these grow with N.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@State(Scope.Benchmark)
public class PlanBenchmark {
  /** {@code TopologyMapping.map}: the topology to its AWS resources. */
  @Benchmark
  public DesiredStack map(PlannedStack s) {
    return TopologyMapping.map(s.topology, s.zones, s.options);
  }

  /** {@code Planner.changes} against a state where everything exists as desired: all "no change". */
  @Benchmark
  public List<Change> planNoChange(PlannedStack s) {
    return s.planner.changes(s.desired, s.same);
  }

  /** {@code Planner.changes} against an empty state: one creation per resource. */
  @Benchmark
  public List<Change> planCreateAll(PlannedStack s) {
    return s.planner.changes(s.desired, s.empty);
  }

  /** Mapping and planning no change, as {@code tenkai plan} does after discovery. */
  @Benchmark
  public List<Change> mapAndPlanNoChange(PlannedStack s) {
    return s.planner.changes(TopologyMapping.map(s.topology, s.zones, s.options), s.same);
  }
}
