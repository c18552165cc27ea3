package dev.tenkai.aws.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time the provider waits and measures deadlines in. The system clock in production; a fake
 * or virtual clock in tests and under an emulator that plays AWS's durations, so that a wait of
 * minutes on AWS costs milliseconds there while every deadline still sees the minutes.
 */
public interface ProviderClock {
  /** Now, on this clock. */
  Instant now();

  /** Waits {@code duration} on this clock. */
  void sleep(Duration duration) throws InterruptedException;

  /** The system's UTC clock with real sleeps. */
  static ProviderClock system() {
    Clock utc = Clock.systemUTC();
    return new ProviderClock() {
      @Override
      public Instant now() {
        return utc.instant();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      }
    };
  }
}
