package dev.tenkai.aws.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work on the nodes of a dependency graph: a node starts once every node it depends on has
 * finished, at most {@code concurrency} at once, and a node is handed to a thread only when one is
 * free. After a failure nothing new starts (the running nodes finish and the rest, including
 * nodes that were ready but waiting for a thread, are reported as not started), unless the run is best-effort, where a
 * failed node releases its dependents like a finished one. The one place graph walking and
 * parallelism live.
 */
final class DependencyRunner {
  /** What happened to the nodes. @param failed node to cause @param notStarted nodes never run */
  record Outcome(List<String> done, Map<String, Throwable> failed, List<String> notStarted) {}

  private DependencyRunner() {}

  /**
   * Runs {@code work} on every key of {@code dependencies} (node to the nodes it waits for;
   * dependencies outside the map count as done).
   *
   * @throws IllegalArgumentException when the graph has a cycle, naming its nodes
   */
  static Outcome run(Map<String, Set<String>> dependencies, int concurrency, Consumer<String> work) {
    return run(dependencies, concurrency, false, work);
  }

  /** As {@link #run(Map, int, Consumer)}; {@code bestEffort} keeps going after a failure. */
  static Outcome run(Map<String, Set<String>> dependencies, int concurrency, boolean bestEffort, Consumer<String> work) {
    Map<String, Integer> waitingOn = new LinkedHashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : dependencies.entrySet()) {
      int n = 0;
      for (String dep : e.getValue()) {
        if (dependencies.containsKey(dep) && !dep.equals(e.getKey())) {
          n++;
          dependents.computeIfAbsent(dep, k -> new ArrayList<>()).add(e.getKey());
        }
      }
      waitingOn.put(e.getKey(), n);
    }
    List<String> done = new ArrayList<>();
    Map<String, Throwable> failed = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "tenkai-apply");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<String> completion = new ExecutorCompletionService<>(pool);
      Map<Future<String>, String> running = new HashMap<>();
      List<String> ready = new ArrayList<>();
      waitingOn.forEach((k, n) -> {
        if (n == 0) {
          ready.add(k);
        }
      });
      if (ready.isEmpty() && !waitingOn.isEmpty()) {
        throw new IllegalArgumentException("dependency cycle among " + waitingOn.keySet());
      }
      while (!ready.isEmpty() || !running.isEmpty()) {
        // Only as many as can run: a node handed to the pool but still queued would start after a
        // failure, although nothing new may start then.
        while (!ready.isEmpty() && running.size() < concurrency && (bestEffort || failed.isEmpty())) {
          String node = ready.remove(0);
          running.put(completion.submit(() -> {
            work.accept(node);
            return node;
          }), node);
        }
        if (running.isEmpty()) {
          break;
        }
        Future<String> f = take(completion);
        String node = running.remove(f);
        boolean ok = false;
        try {
          f.get();
          done.add(node);
          ok = true;
        } catch (ExecutionException e) {
          failed.put(node, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed.put(node, e);
        }
        if (ok || bestEffort) {
          for (String d : dependents.getOrDefault(node, List.of())) {
            if (waitingOn.merge(d, -1, Integer::sum) == 0) {
              ready.add(d);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> notStarted = new ArrayList<>();
    for (String k : dependencies.keySet()) {
      if (!done.contains(k) && !failed.containsKey(k)) {
        notStarted.add(k);
      }
    }
    if (failed.isEmpty() && !notStarted.isEmpty()) {
      throw new IllegalArgumentException("dependency cycle among " + notStarted);
    }
    return new Outcome(done, failed, notStarted);
  }

  private static Future<String> take(CompletionService<String> completion) {
    try {
      return completion.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while applying", e);
    }
  }
}
