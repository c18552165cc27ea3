package dev.tenkai.benchmarks;

import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
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
 * Every built-in rule over an already built topology. The topology's own lazy values (its
 * resource index) are computed on the first call and then reused, as in a real run that
 * validates once; the traffic graph is rebuilt on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  private final Validator validator = BuiltInRules.validator();

  /** {@code BuiltInRules.validator().validate(topology)} on N servers. */
  @Benchmark
  public ValidationResult validate(ScaledTopology size) {
    return validator.validate(size.topology);
  }

  /** The same on a topology with many server groups, firewall rules and DNS records. */
  @Benchmark
  public ValidationResult validateWide(WideTopology size) {
    return validator.validate(size.topology);
  }
}
