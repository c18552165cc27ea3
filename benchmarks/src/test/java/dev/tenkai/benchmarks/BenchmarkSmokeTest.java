package dev.tenkai.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, in this JVM and at the smallest sizes, through JMH's generated
 * harness: proves that each one is registered and completes, not how fast it is.
 */
class BenchmarkSmokeTest {
  private static final List<Class<?>> BENCHMARKS =
      List.of(
          ModelBuildBenchmark.class,
          ValidationBenchmark.class,
          AnalysisBenchmark.class,
          PipelineBenchmark.class,
          JsonBenchmark.class,
          PlanBenchmark.class,
          CheckBenchmark.class);

  @Test
  void everyBenchmarkRunsOnceThroughTheHarness() throws RunnerException {
    Options once =
        new OptionsBuilder()
            .include("dev\\.tenkai\\.benchmarks\\..*")
            .mode(Mode.SingleShotTime)
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .param("servers", "4")
            .param("groups", "10")
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(once).run();

    Set<String> ran =
        results.stream()
            .map(r -> r.getParams().getBenchmark())
            .collect(Collectors.toSet());
    Set<String> declared =
        BENCHMARKS.stream()
            .flatMap(c -> Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class)))
            .map(BenchmarkSmokeTest::qualifiedName)
            .collect(Collectors.toSet());
    assertThat(declared).hasSize(17);
    // Equal sets: a benchmark class missing from BENCHMARKS would make 'ran' the larger one.
    assertThat(ran).isEqualTo(declared);
    assertThat(results)
        .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive().isFinite());
  }

  private static String qualifiedName(Method m) {
    return m.getDeclaringClass().getName() + "." + m.getName();
  }
}
