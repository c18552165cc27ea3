package dev.tenkai.benchmarks.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * How long a dependency graph takes with {@code workers} at once when each node takes exactly its
 * measured time and nothing else costs anything: the policy of the provider's executor (a node
 * starts as soon as its dependencies are done and a worker is free, ready nodes in the order they
 * became ready, first the graph's roots in key order). Set against the measured wall time, it
 * separates the cost of the concurrency limit from the executor's own overhead.
 */
public final class GreedySchedule {
  private GreedySchedule() {}

  /**
   * The makespan, in milliseconds, of {@code dependencies} (node to the nodes it waits for;
   * dependencies that are not keys are ignored) with node weights {@code millis} (absent = 0).
   *
   * @throws IllegalArgumentException when {@code workers} is below 1 or the graph has a cycle
   */
  public static long makespan(Map<String, Set<String>> dependencies, Map<String, Long> millis, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    Readiness readiness = new Readiness(dependencies);
    List<String> ready = new ArrayList<>(readiness.roots());
    record Running(long end, long seq, String node) {}
    PriorityQueue<Running> running = new PriorityQueue<>((a, b) -> a.end != b.end ? Long.compare(a.end, b.end) : Long.compare(a.seq, b.seq));
    long now = 0;
    long seq = 0;
    int finished = 0;
    while (!ready.isEmpty() || !running.isEmpty()) {
      while (!ready.isEmpty() && running.size() < workers) {
        String node = ready.remove(0);
        running.add(new Running(now + Math.max(0, millis.getOrDefault(node, 0L)), seq++, node));
      }
      Running r = running.poll();
      now = r.end();
      finished++;
      ready.addAll(readiness.finish(r.node()));
    }
    if (finished < dependencies.size()) {
      throw new IllegalArgumentException("dependency cycle in a graph of " + dependencies.size() + " nodes");
    }
    return now;
  }
}
