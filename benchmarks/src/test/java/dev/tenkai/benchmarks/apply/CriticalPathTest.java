package dev.tenkai.benchmarks.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CriticalPathTest {
  /** vpc -> subnet-a, subnet-c -> instance -> target group; subnet-c is the slow branch. */
  private static final Map<String, Set<String>> DIAMOND = new LinkedHashMap<>(Map.of(
      "vpc", Set.of(),
      "subnet-a", Set.of("vpc"),
      "subnet-c", Set.of("vpc"),
      "instance", Set.of("subnet-a", "subnet-c"),
      "tg", Set.of("instance")));

  @Test
  void followsTheHeaviestBranchOfADiamond() {
    Map<String, Long> millis = Map.of("vpc", 300L, "subnet-a", 80L, "subnet-c", 120L, "instance", 200L, "tg", 50L);

    CriticalPath cp = CriticalPath.of(DIAMOND, millis);

    assertThat(cp.millis()).isEqualTo(300 + 120 + 200 + 50);
    assertThat(cp.chain()).containsExactly("vpc", "subnet-c", "instance", "tg");
  }

  @Test
  void unweightedNodesCountZeroAndOutsideDependenciesAreIgnored() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    g.put("a", Set.of("elsewhere"));
    g.put("b", Set.of("a"));

    CriticalPath cp = CriticalPath.of(g, Map.of("b", 7L));

    assertThat(cp.millis()).isEqualTo(7);
    assertThat(cp.chain()).containsExactly("a", "b");
  }

  @Test
  void anEmptyGraphHasAnEmptyPath() {
    assertThat(CriticalPath.of(Map.of(), Map.of())).isEqualTo(new CriticalPath(0, List.of()));
  }

  @Test
  void aCycleIsRefusedNamingItsNodes() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    g.put("root", Set.of());
    g.put("x", Set.of("y", "root"));
    g.put("y", Set.of("x"));

    assertThatThrownBy(() -> CriticalPath.of(g, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x").hasMessageContaining("y").hasMessageNotContaining("root");
    assertThatThrownBy(() -> GreedySchedule.makespan(g, Map.of(), 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void greedyScheduleOfTheDiamond() {
    Map<String, Long> millis = Map.of("vpc", 300L, "subnet-a", 80L, "subnet-c", 120L, "instance", 200L, "tg", 50L);

    assertThat(GreedySchedule.makespan(DIAMOND, millis, 1)).isEqualTo(750);
    // Two workers: both subnets at once after the VPC.
    assertThat(GreedySchedule.makespan(DIAMOND, millis, 2)).isEqualTo(670);
    assertThatThrownBy(() -> GreedySchedule.makespan(DIAMOND, millis, 0)).hasMessageContaining("workers");
  }

  @Test
  void thePathIsAChainOfTheGraphWeighingWhatItSays() {
    qt().forAll(integers().between(1, 40), longs().all()).checkAssert((n, seed) -> {
      Map<String, Set<String>> g = randomDag(n, seed);
      Map<String, Long> w = weights(g, seed);

      CriticalPath cp = CriticalPath.of(g, w);

      assertThat(cp.chain()).isNotEmpty();
      for (int i = 1; i < cp.chain().size(); i++) {
        assertThat(g.get(cp.chain().get(i))).contains(cp.chain().get(i - 1));
      }
      assertThat(cp.millis()).isEqualTo(cp.chain().stream().mapToLong(w::get).sum());
      assertThat(cp.millis()).isGreaterThanOrEqualTo(w.values().stream().mapToLong(Long::longValue).max().orElse(0));
      // No chain through the graph weighs more: every node finishes no later than the path.
      assertThat(cp.millis()).isEqualTo(longestByBruteForce(g, w));
    });
  }

  @Test
  void aScheduleLiesBetweenTheCriticalPathAndTheSumOfTheWork() {
    qt().forAll(integers().between(1, 40), longs().all(), integers().between(1, 8)).checkAssert((n, seed, workers) -> {
      Map<String, Set<String>> g = randomDag(n, seed);
      Map<String, Long> w = weights(g, seed);
      long sum = w.values().stream().mapToLong(Long::longValue).sum();
      long cp = CriticalPath.of(g, w).millis();

      long makespan = GreedySchedule.makespan(g, w, workers);

      assertThat(makespan).isBetween(Math.max(cp, sum / workers), sum);
      assertThat(GreedySchedule.makespan(g, w, 1)).isEqualTo(sum);
      assertThat(GreedySchedule.makespan(g, w, n)).isEqualTo(cp);
    });
  }

  private static Map<String, Set<String>> randomDag(int n, long seed) {
    Random r = new Random(seed);
    Map<String, Set<String>> g = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> deps = new TreeSet<>();
      for (int j = 0; j < i; j++) {
        if (r.nextInt(4) == 0) {
          deps.add("n" + j);
        }
      }
      g.put("n" + i, deps);
    }
    return g;
  }

  private static Map<String, Long> weights(Map<String, Set<String>> g, long seed) {
    Random r = new Random(~seed);
    Map<String, Long> w = new HashMap<>();
    g.keySet().forEach(k -> w.put(k, (long) r.nextInt(500)));
    return w;
  }

  /** The heaviest chain ending at each node, by plain recursion (small graphs only). */
  private static long longestByBruteForce(Map<String, Set<String>> g, Map<String, Long> w) {
    long best = 0;
    for (String node : g.keySet()) {
      best = Math.max(best, endingAt(node, g, w));
    }
    return best;
  }

  private static long endingAt(String node, Map<String, Set<String>> g, Map<String, Long> w) {
    long before = 0;
    for (String d : g.get(node)) {
      before = Math.max(before, endingAt(d, g, w));
    }
    return before + w.get(node);
  }
}
