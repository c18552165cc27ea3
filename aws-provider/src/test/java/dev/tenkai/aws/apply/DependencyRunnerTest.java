package dev.tenkai.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DependencyRunnerTest {
  private static Map<String, Set<String>> diamond() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    g.put("vpc", Set.of());
    g.put("subnet/a", Set.of("vpc"));
    g.put("subnet/c", Set.of("vpc"));
    g.put("lb", Set.of("subnet/a", "subnet/c"));
    return g;
  }

  @Test
  void everyNodeRunsAfterItsDependencies() {
    List<String> order = new CopyOnWriteArrayList<>();
    DependencyRunner.Outcome o = DependencyRunner.run(diamond(), 4, order::add);
    assertThat(o.done()).hasSize(4);
    assertThat(order.indexOf("vpc")).isLessThan(order.indexOf("subnet/a")).isLessThan(order.indexOf("lb"));
    assertThat(order.indexOf("subnet/c")).isLessThan(order.indexOf("lb"));
  }

  @Test
  void neverMoreThanTheConcurrencyAtOnce() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      g.put("n" + i, Set.of());
    }
    AtomicInteger now = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    DependencyRunner.run(g, 2, n -> {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      now.decrementAndGet();
    });
    assertThat(max.get()).isBetween(1, 2);
  }

  @Test
  void aFailureStopsNewWorkAndReportsTheRest() {
    DependencyRunner.Outcome o = DependencyRunner.run(diamond(), 1, n -> {
      if (n.equals("subnet/a")) {
        throw new IllegalStateException("boom");
      }
    });
    assertThat(o.failed()).containsOnlyKeys("subnet/a");
    assertThat(o.notStarted()).contains("lb");
  }

  @Test
  void aFailureLetsRunningNodesFinishButStartsNoneOfTheReadyOnesWaitingForAThread() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      g.put("n" + i, Set.of());
    }
    List<String> started = new CopyOnWriteArrayList<>();
    DependencyRunner.Outcome o = DependencyRunner.run(g, 2, n -> {
      started.add(n);
      if (n.equals("n0")) {
        throw new IllegalStateException("boom");
      }
      if (n.equals("n1")) {
        // Still running when n0 fails.
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    assertThat(o.failed()).containsOnlyKeys("n0");
    assertThat(o.done()).containsExactly("n1");
    assertThat(o.notStarted()).containsExactly("n2", "n3", "n4", "n5");
    assertThat(started).containsExactlyInAnyOrder("n0", "n1");
  }

  @Test
  void bestEffortKeepsGoingAfterAFailure() {
    DependencyRunner.Outcome o = DependencyRunner.run(diamond(), 1, true, n -> {
      if (n.equals("subnet/a")) {
        throw new IllegalStateException("boom");
      }
    });
    assertThat(o.failed()).containsOnlyKeys("subnet/a");
    assertThat(o.done()).contains("lb", "vpc", "subnet/c");
    assertThat(o.notStarted()).isEmpty();
  }

  @Test
  void aCycleIsRefusedNamingItsNodes() {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    g.put("x", Set.of("y"));
    g.put("y", Set.of("x"));
    assertThatThrownBy(() -> DependencyRunner.run(g, 2, n -> { })).hasMessageContaining("cycle").hasMessageContaining("x");
  }
}
