package dev.tenkai.benchmarks;

import dev.tenkai.cli.TenkaiCommand;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;

/**
 * {@code tenkai check --example wide --groups K} in process, through the command line exactly as a
 * user runs it: building the K services, validating, every analysis, the text report (written to
 * a counting sink, not the console). The goal: under 2 s at K = 5,000, and at most 6x the
 * time of K = 1,000.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
public class CheckBenchmark {
  /** The size: services of the {@code wide} example. */
  @State(Scope.Benchmark)
  public static class Services {
    /** How many services. */
    @Param({"10", "100", "1000", "5000"})
    public int groups;

    String[] args;

    /** The command line of the run. */
    @Setup(Level.Trial)
    public void arguments() {
      args = new String[] {"check", "--example", "wide", "--groups", Integer.toString(groups), "--no-color"};
    }
  }

  /** One whole check; returns the report's length plus its exit code, so nothing is optimized away. */
  @Benchmark
  public long check(Services size) {
    CharCount sink = new CharCount();
    CommandLine cmd = TenkaiCommand.commandLine();
    cmd.setOut(new PrintWriter(sink));
    cmd.setErr(new PrintWriter(sink));
    int exit = cmd.execute(size.args);
    if (exit != 0) {
      throw new IllegalStateException("tenkai check exited " + exit + " on " + String.join(" ", size.args));
    }
    return sink.chars + exit;
  }

  /** A writer that only counts. */
  private static final class CharCount extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
