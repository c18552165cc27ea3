package dev.tenkai.benchmarks;

import dev.tenkai.cli.TenkaiCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code tenkai check --example wide --groups K} in process, timed by the CPU time of the whole
 * process (the check's thread, the garbage collector's and the compiler's) as well as by the wall
 * clock: on a machine shared with other work, the wall time of a single-threaded check grows with
 * the load while its CPU time does not (JMH's {@link
 * CheckBenchmark} gives the wall time). Warms every size up, then prints the median and the fastest
 * of the measured runs per size.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.tenkai.benchmarks.CheckCpuTime 1000 5000}</pre>
 */
public final class CheckCpuTime {
  private static final int WARM_UP = 6;
  private static final int MEASURED = 7;

  private CheckCpuTime() {}

  /** Times each size given as an argument (default 1,000 and 5,000 services). */
  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args.length == 0 ? new String[] {"1000", "5000"} : args) {
      sizes.add(Integer.parseInt(a));
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println("| K | process CPU ms median (fastest) | wall ms median (fastest) | report chars | load before-after |");
    System.out.println("|---|---|---|---|---|");
    // Every size warms up before any is measured: measured first, the smaller size would also pay
    // for the compiler's work on code the larger one then finds compiled.
    for (int k : sizes) {
      for (int i = 0; i < WARM_UP; i++) {
        run(k);
      }
    }
    for (int k : sizes) {
      String load0 = load();
      List<Long> cpu = new ArrayList<>();
      List<Long> wall = new ArrayList<>();
      int chars = 0;
      for (int i = 0; i < MEASURED; i++) {
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        chars = run(k);
        long c1 = os.getProcessCpuTime();
        long w1 = System.nanoTime();
        cpu.add((c1 - c0) / 1_000_000);
        wall.add((w1 - w0) / 1_000_000);
      }
      Collections.sort(cpu);
      Collections.sort(wall);
      System.out.printf(Locale.ROOT, "| %,d | %d (%d) | %d (%d) | %,d | %s-%s |%n", k, cpu.get(MEASURED / 2), cpu.get(0),
          wall.get(MEASURED / 2), wall.get(0), chars, load0, load());
    }
  }

  private static int run(int k) {
    StringWriter out = new StringWriter();
    CommandLine cmd = TenkaiCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(out));
    int exit = cmd.execute("check", "--example", "wide", "--groups", Integer.toString(k), "--no-color");
    if (exit != 0) {
      throw new IllegalStateException("tenkai check exited " + exit + ": " + out);
    }
    return out.getBuffer().length();
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
