package dev.tenkai.benchmarks.apply;

import java.time.Duration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Makes every HTTP attempt of every SDK call wait a fixed time before it goes out, standing in for
 * the round trip to a real AWS region when the service is a local emulator answering in a
 * millisecond or two. Retried attempts wait again, as they would on a real network.
 */
public final class InjectedLatency implements ExecutionInterceptor {
  private final long millis;

  /** Adds {@code latency} to each attempt. */
  public InjectedLatency(Duration latency) {
    this.millis = latency.toMillis();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while simulating network latency", e);
    }
  }
}
