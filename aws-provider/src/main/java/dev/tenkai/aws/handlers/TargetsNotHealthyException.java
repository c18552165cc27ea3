package dev.tenkai.aws.handlers;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;

/** Servers registered with a load balancer did not pass its health check in time. */
public final class TargetsNotHealthyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableMap<String, String> states;

  /**
   * An exception for {@code targetGroup}, whose instances {@code states} (instance id to health
   * state) were still not healthy after {@code waited}.
   */
  public TargetsNotHealthyException(String targetGroup, Map<String, String> states, Duration waited) {
    super("not healthy in " + targetGroup + " after " + waited + ": " + states);
    this.states = ImmutableMap.copyOf(states);
  }

  /** The instances not healthy, with their last state. */
  public Map<String, String> states() {
    return states;
  }
}
