package dev.tenkai.benchmarks.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The longest chain of a dependency graph, each node weighted by how long its own work took: the
 * time an apply cannot beat however many resources it works on at once.
 *
 * @param millis the chain's total weight
 * @param chain the chain, first dependency first
 */
public record CriticalPath(long millis, List<String> chain) {
  /** Wraps the chain unmodifiably. */
  public CriticalPath {
    chain = List.copyOf(chain);
  }

  /**
   * The heaviest chain of {@code dependencies} (node to the nodes it waits for; dependencies that
   * are not keys are ignored, as the executor does), where a node weighs {@code millis.get(node)}
   * and a node without a weight weighs 0. Ties go to the chain met first in key order.
   *
   * @throws IllegalArgumentException when the graph has a cycle, naming the nodes left in it
   */
  public static CriticalPath of(Map<String, Set<String>> dependencies, Map<String, Long> millis) {
    Readiness readiness = new Readiness(dependencies);
    Map<String, Long> finish = new HashMap<>();
    Map<String, String> via = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>(readiness.roots());
    int seen = 0;
    while (!ready.isEmpty()) {
      String node = ready.poll();
      seen++;
      long start = 0;
      String before = null;
      for (String d : dependencies.get(node)) {
        Long f = dependencies.containsKey(d) && !d.equals(node) ? finish.get(d) : null;
        if (f != null && (before == null || f > start)) {
          start = f;
          before = d;
        }
      }
      finish.put(node, start + Math.max(0, millis.getOrDefault(node, 0L)));
      if (before != null) {
        via.put(node, before);
      }
      ready.addAll(readiness.finish(node));
    }
    if (seen < dependencies.size()) {
      throw new IllegalArgumentException("dependency cycle among " + readiness.stillWaiting());
    }
    String last = null;
    for (String node : dependencies.keySet()) {
      if (last == null || finish.get(node) > finish.get(last)) {
        last = node;
      }
    }
    if (last == null) {
      return new CriticalPath(0, List.of());
    }
    List<String> chain = new ArrayList<>();
    for (String n = last; n != null; n = via.get(n)) {
      chain.add(n);
    }
    Collections.reverse(chain);
    return new CriticalPath(finish.get(last), chain);
  }
}
