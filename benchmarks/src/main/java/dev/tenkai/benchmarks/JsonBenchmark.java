package dev.tenkai.benchmarks;

import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.Topology;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Writing and reading the versioned JSON document of a topology. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS_PER_ITERATION)
public class JsonBenchmark {
  /** The document of a scaled topology, written once so that reading measures only reading. */
  @State(Scope.Benchmark)
  public static class Document {
    /** The JSON text. */
    public String json;

    /** Writes the document of the topology under test. */
    @Setup(Level.Trial)
    public void write(ScaledTopology size) {
      json = TopologyJson.write(size.topology);
    }
  }

  /** {@link TopologyJson#write(Topology)}. */
  @Benchmark
  public String write(ScaledTopology size) {
    return TopologyJson.write(size.topology);
  }

  /** {@link TopologyJson#read(String)}, strict checks and model validation included. */
  @Benchmark
  public Topology read(Document document) {
    return TopologyJson.read(document.json);
  }

  /** Write then read, what a tool that stores and reloads the model pays per round trip. */
  @Benchmark
  public Topology roundTrip(ScaledTopology size) {
    return TopologyJson.read(TopologyJson.write(size.topology));
  }
}
