package dev.tenkai.benchmarks;

import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Retained heap of built topologies, per server and per extra server group: builds several
 * independent copies, keeps them reachable, and compares the used heap after full collections
 * with the heap before. Each copy has had its lazy name indexes filled (as after a validation).
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.tenkai.benchmarks.ModelFootprint}</pre>
 *
 * <p>{@link Runtime} figures are approximate (a few KB of noise per measurement), hence the
 * copies; run it alone, with {@code -XX:+UseSerialGC} for the steadiest numbers.
 */
public final class ModelFootprint {
  private static final int COPIES = 20;

  private ModelFootprint() {}

  /** Prints the retained bytes per model at each size, and per server or per group. */
  public static void main(String[] args) {
    System.out.println("| model | retained bytes per model | per server or group beyond the smallest |");
    System.out.println("|---|---|---|");
    long small = report("scaled(4)", 4, 4, ScaledTopologies::scaled, -1);
    report("scaled(2000)", 2_000, 4, ScaledTopologies::scaled, small);
    report("scaled(100000)", 100_000, 4, ScaledTopologies::scaled, small);
    long wideSmall = report("wide(10)", 10, 10, WideTopologies::wide, -1);
    report("wide(1000)", 1_000, 10, WideTopologies::wide, wideSmall);
    report("wide(5000)", 5_000, 10, WideTopologies::wide, wideSmall);
  }

  private static long report(String label, int size, int smallest, IntFunction<Topology> build, long smallBytes) {
    long bytes = retained(() -> build.apply(size));
    String per = smallBytes < 0 ? "-" : String.format(Locale.ROOT, "%.1f", (bytes - smallBytes) / (double) (size - smallest));
    System.out.printf(Locale.ROOT, "| %s | %,d | %s |%n", label, bytes, per);
    return bytes;
  }

  /** The average retained heap of one model built by {@code build}. */
  private static long retained(java.util.function.Supplier<Topology> build) {
    build.get(); // load and initialise the classes first, so that they do not count
    long before = usedAfterGc();
    List<Topology> kept = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      Topology t = build.get();
      t.serverGroups().forEach(g -> t.zonesOf(g.name()));
      kept.add(t);
    }
    long after = usedAfterGc();
    if (kept.size() != COPIES) {
      throw new IllegalStateException("the models must stay reachable until measured");
    }
    return (after - before) / COPIES;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
