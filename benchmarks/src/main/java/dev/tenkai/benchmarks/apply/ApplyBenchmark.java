package dev.tenkai.benchmarks.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies topologies end to end against a local emulator (moto) with a simulated per-call network
 * latency, and reports what the issue asks of an apply: wall time next to the critical path of the
 * dependency graph, the same apply one resource at a time, mutating calls per created resource, and
 * the describe calls that discover an existing stack.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tenkai.benchmarks.apply.ApplyBenchmark \
 *     --latency-ms 50 --servers 2,20,100 --out benchmarks/results/apply.json
 * </pre>
 *
 * Options: {@code --latency-ms N} (default 50), {@code --servers a,b,c} (scaled references;
 * default 2,20,100), {@code --reference true|false} (also the modern reference; default true),
 * {@code --serial true|false} (also apply with concurrency 1; default true), {@code --concurrency N}
 * (default: the provider's default), {@code --warmup true|false} (one unrecorded apply first to
 * load and compile the SDK; default true), {@code --out FILE} (JSON results).
 */
public final class ApplyBenchmark {
  private final Duration latency;
  private final Integer concurrency;
  private final LocalEmulator moto;
  private Map<String, Set<String>> lastGraph = Map.of();

  ApplyBenchmark(LocalEmulator moto, Duration latency, Integer concurrency) {
    this.moto = moto;
    this.latency = latency;
    this.concurrency = concurrency;
  }

  /** Runs the benchmark; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    Duration latency = Duration.ofMillis(Long.parseLong(opts.getOrDefault("latency-ms", "50")));
    Integer concurrency = opts.containsKey("concurrency") ? Integer.valueOf(opts.get("concurrency")) : null;
    boolean serial = Boolean.parseBoolean(opts.getOrDefault("serial", "true"));
    List<Map.Entry<String, Topology>> topologies = new ArrayList<>();
    if (Boolean.parseBoolean(opts.getOrDefault("reference", "true"))) {
      topologies.add(Map.entry("reference (modern)", ReferenceDeployment.modern()));
    }
    String servers = opts.getOrDefault("servers", "2,20,100");
    if (!servers.isBlank()) {
      for (String n : servers.split(",")) {
        topologies.add(Map.entry("scaled " + n.trim(), ScaledTopologies.scaled(Integer.parseInt(n.trim()))));
      }
    }
    List<Map<String, Object>> results = new ArrayList<>();
    try (LocalEmulator moto = LocalEmulator.start()) {
      ApplyBenchmark bench = new ApplyBenchmark(moto, latency, concurrency);
      if (Boolean.parseBoolean(opts.getOrDefault("warmup", "true"))) {
        new ApplyBenchmark(moto, Duration.ZERO, null).run(ReferenceDeployment.modern(), false);
        System.out.println("warm-up apply done (not recorded)");
      }
      for (Map.Entry<String, Topology> t : topologies) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("topology", t.getKey());
        r.put("latencyMs", latency.toMillis());
        Map<String, Object> parallel = bench.run(t.getValue(), true);
        r.put("parallel", parallel);
        if (serial) {
          Map<String, Object> one = new ApplyBenchmark(moto, latency, 1).run(t.getValue(), false);
          r.put("serial", one);
          // The chain weighted by the handler times of the one-at-a-time run, where no call competes
          // with another for the emulator: the unavoidable chain rather than a contended one.
          @SuppressWarnings("unchecked")
          Map<String, Long> alone = (Map<String, Long>) one.get("handlerMs");
          CriticalPath uncontended = CriticalPath.of(bench.lastGraph, alone);
          r.put("criticalPathUncontendedMs", uncontended.millis());
          r.put("wallOverUncontendedCriticalPath", ratio((Long) parallel.get("wallMs"), uncontended.millis()));
          r.put("serialOverParallel", ratio((Long) one.get("wallMs"), (Long) parallel.get("wallMs")));
          // Neither the chain nor the emulator's own work (measured one call at a time) can be beaten.
          long floor = Math.max(uncontended.millis(), (Long) one.get("emulatorAnswerMs"));
          r.put("floorMs", floor);
          r.put("wallOverFloor", ratio((Long) parallel.get("wallMs"), floor));
        }
        results.add(r);
        System.out.println(line(r));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("machine", Map.of(
        "cpus", Runtime.getRuntime().availableProcessors(),
        "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.version")));
    out.put("results", results);
    String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
    if (opts.containsKey("out")) {
      Files.writeString(Path.of(opts.get("out")), json + "\n");
      System.out.println("results written to " + opts.get("out"));
    } else {
      System.out.println(json);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "' at position " + i);
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }

  /**
   * One fresh apply of {@code topology} on an emptied emulator, and when {@code rediscover} a plan
   * of the applied stack (which must have no changes), with the calls each made.
   */
  Map<String, Object> run(Topology topology, boolean rediscover) {
    moto.reset();
    CallLedger ledger = new CallLedger();
    ServiceClock service = new ServiceClock();
    // The clock after the latency: it times only the emulator's answer.
    AwsOptions.Builder b = moto.options(topology).readinessTimeout(Duration.ofMinutes(2))
        .interceptor(ledger).interceptor(new InjectedLatency(latency)).interceptor(service);
    if (concurrency != null) {
      b.concurrency(concurrency);
    }
    AwsOptions options = b.build();
    Map<String, Object> r = new LinkedHashMap<>();
    try (AwsProvider aws = AwsProvider.create(options)) {
      long t0 = System.nanoTime();
      Plan plan = aws.plan(topology);
      r.put("planEmptyMs", (System.nanoTime() - t0) / 1_000_000);
      r.put("discoveryEmptyReads", total(ledger.reading()));
      ledger.clear();
      service.clear();

      ApplyTimeline timeline = new ApplyTimeline();
      t0 = System.nanoTime();
      ApplyResult result = aws.apply(plan, ApplyGate.validatedBy(Validator.builder().build()), timeline);
      long wall = (System.nanoTime() - t0) / 1_000_000;
      if (!result.succeeded()) {
        throw new IllegalStateException("apply of " + topology.name() + " failed: " + result.summary());
      }
      Map<String, Map<String, Long>> calls = ledger.snapshot();
      r.put("emulatorAnswerMs", service.millis());
      Map<String, Set<String>> graph = new LinkedHashMap<>();
      for (DesiredResource d : plan.desired().resources().values()) {
        graph.put(d.logicalId(), d.dependencies());
      }
      lastGraph = graph;
      Map<String, Long> millis = timeline.millis();
      CriticalPath cp = CriticalPath.of(graph, millis);
      long work = millis.values().stream().mapToLong(Long::longValue).sum();
      int c = options.execution().concurrency();
      long bound = Math.max(cp.millis(), (work + c - 1) / c);
      r.put("concurrency", c);
      r.put("resources", plan.mutations().size());
      r.put("wallMs", wall);
      // Before the first change: taking the stack's lock; after the last: releasing it.
      r.put("firstChangeStartedAtMs", timeline.firstStartMillis(t0));
      r.put("lastChangeFinishedAtMs", timeline.lastFinishMillis(t0));
      r.put("criticalPathMs", cp.millis());
      r.put("criticalPathChain", cp.chain());
      r.put("wallOverCriticalPath", ratio(wall, cp.millis()));
      r.put("sumOfHandlerMs", work);
      r.put("lowerBoundMs", bound);
      r.put("wallOverLowerBound", ratio(wall, bound));
      long greedy = GreedySchedule.makespan(graph, millis, c);
      r.put("greedyScheduleMs", greedy);
      r.put("wallOverGreedySchedule", ratio(wall, greedy));
      r.put("handlerMs", millis);
      r.put("dependencies", graph);
      Map<String, Integer> created = new TreeMap<>();
      timeline.kinds().values().forEach(k -> created.merge(k, 1, Integer::sum));
      r.put("createdByKind", created);
      Map<String, Object> mutatingPerKind = new TreeMap<>();
      long mutatingInChanges = 0;
      for (Map.Entry<String, Integer> k : created.entrySet()) {
        long m = calls.getOrDefault(k.getKey(), Map.of()).entrySet().stream()
            .filter(e -> !CallLedger.reads(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        mutatingInChanges += m;
        mutatingPerKind.put(k.getKey(), ratio(m, k.getValue()));
      }
      r.put("mutatingCallsPerCreatedResource", mutatingPerKind);
      r.put("mutatingCallsPerCreatedResourceTotal", ratio(mutatingInChanges, plan.mutations().size()));
      r.put("mutatingCallsOutsideChanges", calls.getOrDefault(CallLedger.OUTSIDE, Map.of()).entrySet().stream()
          .filter(e -> !CallLedger.reads(e.getKey())).mapToLong(Map.Entry::getValue).sum());
      r.put("callsDuringApply", calls);

      if (rediscover) {
        ledger.clear();
        t0 = System.nanoTime();
        Plan again = aws.plan(topology);
        r.put("planExistingMs", (System.nanoTime() - t0) / 1_000_000);
        if (!again.mutations().isEmpty()) {
          throw new IllegalStateException("re-plan of " + topology.name() + " is not empty: " + again.summary());
        }
        r.put("discoveryExistingReads", total(ledger.reading()));
        r.put("discoveryExistingReadsByOperation", ledger.reading());
        r.put("discoveryExistingMutating", total(ledger.mutating()));
      }
    }
    return r;
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : Math.round(100.0 * a / b) / 100.0;
  }

  @SuppressWarnings("unchecked")
  private static String line(Map<String, Object> r) {
    Map<String, Object> p = (Map<String, Object>) r.get("parallel");
    Map<String, Object> s = (Map<String, Object>) r.get("serial");
    return String.format("%-20s resources %4s | c=%s wall %6s ms, critical path %6s ms (x%s; uncontended %s ms, x%s;"
            + " floor incl. emulator %s ms, x%s),"
            + " greedy schedule %6s ms (x%s) | serial wall %s ms | mutating/resource %s | discovery reads: empty %s, existing %s",
        r.get("topology"), p.get("resources"), p.get("concurrency"), p.get("wallMs"), p.get("criticalPathMs"),
        p.get("wallOverCriticalPath"), r.getOrDefault("criticalPathUncontendedMs", "-"), r.getOrDefault("wallOverUncontendedCriticalPath", "-"),
        r.getOrDefault("floorMs", "-"), r.getOrDefault("wallOverFloor", "-"),
        p.get("greedyScheduleMs"), p.get("wallOverGreedySchedule"),
        s == null ? "-" : s.get("wallMs"), p.get("mutatingCallsPerCreatedResourceTotal"),
        p.get("discoveryEmptyReads"), p.get("discoveryExistingReads"));
  }
}
