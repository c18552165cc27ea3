package dev.tenkai.aws.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock whose time moves only when someone sleeps on it: minutes of waiting cost nothing. */
final class FakeClock implements ProviderClock {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  private final AtomicLong nanos = new AtomicLong();

  @Override
  public Instant now() {
    return START.plusNanos(nanos.get());
  }

  @Override
  public void sleep(Duration duration) {
    nanos.addAndGet(duration.toNanos());
    Thread.yield();
  }

  /** The virtual time slept so far. */
  Duration elapsed() {
    return Duration.ofNanos(nanos.get());
  }
}
