package dev.tenkai.aws.fidelity;

import dev.tenkai.aws.apply.ProviderClock;
import java.time.Duration;
import java.time.Instant;

/**
 * Virtual time for the fidelity layer and whoever waits on it: a sleep returns at once and moves
 * the clock forward, so a five-minute NAT gateway deletion costs milliseconds while every wait
 * and deadline measured on this clock sees the five minutes. Sleeps of workers waiting side by
 * side add up (each moves the shared clock by its own duration): virtual time then runs faster than
 * any one waiter's, but AWS's durations and the waiters' deadlines are measured on the same clock,
 * so a wait still ends only when the resource is ready in virtual time, and a deadline still
 * expires only when virtual time passed it.
 */
public final class VirtualClock implements ProviderClock {
  private Instant now;
  private final Instant start;

  private VirtualClock(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** A clock that reads {@code start} until someone sleeps or {@link #advance}s it. */
  public static VirtualClock startingAt(Instant start) {
    return new VirtualClock(start);
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("interrupted while sleeping " + duration + " of virtual time");
    }
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    synchronized (this) {
      now = now.plus(duration);
    }
  }

  /** Moves the clock forward by {@code duration} (tests, and a demo that shows a wait compressed). */
  public synchronized void advance(Duration duration) {
    if (!duration.isNegative()) {
      now = now.plus(duration);
    }
  }

  /** Virtual time passed since the clock started. */
  public synchronized Duration elapsed() {
    return Duration.between(start, now);
  }
}
