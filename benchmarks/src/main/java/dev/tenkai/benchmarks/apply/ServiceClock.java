package dev.tenkai.benchmarks.apply;

import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Adds up how long the service took to answer each HTTP attempt, from the moment the request
 * leaves (after any {@link InjectedLatency}, when registered after it) to the moment the response
 * is back. Measured one call at a time, that is the emulator's own work per apply: a floor under
 * any apply's wall time when the emulator answers one request at a time (moto runs in one Python
 * process).
 */
public final class ServiceClock implements ExecutionInterceptor {
  private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("tenkai-benchmark-sent");

  private final LongAdder nanos = new LongAdder();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(SENT, System.nanoTime());
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    Long sent = attributes.getAttribute(SENT);
    if (sent != null) {
      nanos.add(System.nanoTime() - sent);
    }
  }

  /** Milliseconds spent waiting for answers so far. */
  public long millis() {
    return nanos.sum() / 1_000_000;
  }

  /** Starts again from zero. */
  public void clear() {
    nanos.reset();
  }
}
