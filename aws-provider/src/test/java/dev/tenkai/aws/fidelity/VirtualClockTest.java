package dev.tenkai.aws.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
  private static final Instant T0 = Instant.parse("2026-12-03T00:00:00Z");

  @Test
  void aSleepOfMinutesReturnsAtOnceAndMovesTheClock() throws InterruptedException {
    VirtualClock clock = VirtualClock.startingAt(T0);
    long started = System.nanoTime();
    clock.sleep(Duration.ofMinutes(5));
    clock.sleep(Duration.ofSeconds(15));
    assertThat(clock.now()).isEqualTo(T0.plus(Duration.ofSeconds(315)));
    assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(315));
    // Generous: the point is that five virtual minutes are not five real ones.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void negativeSleepsAndAdvancesDoNothingAndInterruptsAreHonoured() throws InterruptedException {
    VirtualClock clock = VirtualClock.startingAt(T0);
    clock.sleep(Duration.ofSeconds(-1));
    clock.advance(Duration.ofSeconds(-1));
    assertThat(clock.now()).isEqualTo(T0);
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> clock.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);
    assertThat(clock.now()).isEqualTo(T0);
  }
}
