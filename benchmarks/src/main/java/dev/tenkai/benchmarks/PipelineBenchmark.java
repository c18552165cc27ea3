package dev.tenkai.benchmarks;

import dev.tenkai.analysis.Outage;
import dev.tenkai.analysis.SinglePointOfFailure;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.ValidationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code tenkai validate} plus {@code tenkai analyze --every-zone} compute, in one process
 * and without the text reports: build, validate, every single-zone failure, single points of
 * failure. Nothing is cached between calls.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
public class PipelineBenchmark {
  /** The results of one run, returned so that the JIT cannot drop any step. */
  public record Outcome(
      ValidationResult findings, List<Outage> outages, List<SinglePointOfFailure> singlePoints) {}

  /** Build, validate and analyse a topology of N servers from scratch. */
  @Benchmark
  public Outcome buildValidateAnalyze(ScaledTopology size) {
    Topology t = ScaledTopologies.scaled(size.servers);
    return new Outcome(
        BuiltInRules.validator().validate(t),
        ZoneFailure.everySingleZone(t),
        SinglePointsOfFailure.of(t));
  }
}
