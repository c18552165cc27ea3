package dev.tenkai.benchmarks.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes of a dependency graph are ready as others finish: the bookkeeping that both
 * {@link CriticalPath} and {@link GreedySchedule} walk the graph with. Dependencies that are not
 * keys of the graph, and a node's dependency on itself, are ignored, as the executor does.
 */
final class Readiness {
  private final Map<String, Integer> waitingOn = new LinkedHashMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();

  Readiness(Map<String, Set<String>> dependencies) {
    dependencies.forEach((node, deps) -> {
      int n = 0;
      for (String d : deps) {
        if (dependencies.containsKey(d) && !d.equals(node)) {
          n++;
          dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(node);
        }
      }
      waitingOn.put(node, n);
    });
  }

  /** The nodes that wait for nothing, in key order. */
  List<String> roots() {
    List<String> out = new ArrayList<>();
    waitingOn.forEach((node, n) -> {
      if (n == 0) {
        out.add(node);
      }
    });
    return out;
  }

  /** Marks {@code node} finished; the nodes that it was the last to wait for, in insertion order. */
  List<String> finish(String node) {
    List<String> ready = new ArrayList<>();
    for (String next : dependents.getOrDefault(node, List.of())) {
      if (waitingOn.merge(next, -1, Integer::sum) == 0) {
        ready.add(next);
      }
    }
    return ready;
  }

  /** The nodes still waiting on something: after a walk, those caught in a cycle. */
  List<String> stillWaiting() {
    List<String> out = new ArrayList<>();
    waitingOn.forEach((node, n) -> {
      if (n > 0) {
        out.add(node);
      }
    });
    return out;
  }
}
