package dev.tenkai.benchmarks.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.examples.ScaledTopologies;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The apply benchmark's harness on a real emulator, small and without added latency (the real
 * runs are {@code ApplyBenchmark}'s main): it applies, charges calls to kinds, finds the critical
 * path, and discovers a stack of 2 and of 8 servers with the same number of describe calls.
 */
class ApplyBenchmarkOnMotoTest {
  @Test
  @SuppressWarnings("unchecked")
  void appliesAndRediscoversInACountOfReadsThatDoesNotGrowWithServers() {
    try (LocalEmulator moto = LocalEmulator.start()) {
      ApplyBenchmark bench = new ApplyBenchmark(moto, Duration.ZERO, null);

      Map<String, Object> two = bench.run(ScaledTopologies.scaled(2), true);
      Map<String, Object> eight = bench.run(ScaledTopologies.scaled(8), true);

      assertThat((Long) eight.get("discoveryExistingReads")).isEqualTo((Long) two.get("discoveryExistingReads")).isPositive();
      assertThat((Long) two.get("discoveryExistingMutating")).isZero();
      assertThat((int) eight.get("resources")).isEqualTo((int) two.get("resources") + 6);
      Map<String, Integer> created = (Map<String, Integer>) eight.get("createdByKind");
      assertThat(created).containsEntry("instance", 8 + 1);  // the web servers and the bastion
      assertThat((Long) two.get("criticalPathMs")).isPositive().isLessThanOrEqualTo((Long) two.get("wallMs"));
      assertThat((Long) two.get("greedyScheduleMs")).isGreaterThanOrEqualTo((Long) two.get("criticalPathMs"));
      assertThat(((Map<String, Object>) two.get("mutatingCallsPerCreatedResource"))).containsKey("instance");
    }
  }
}
