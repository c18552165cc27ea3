package dev.tenkai.analysis;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * One server group behind a load balancer after a failure: its servers per zone the load balancer
 * serves, before and after, and the share of sticky sessions bound to servers that are gone.
 *
 * @param group the server group
 * @param before servers per zone of the load balancer, before the failure
 * @param left servers per zone of the load balancer that the load balancer can still route to
 * @param failingSessionShare with stickiness on, the share of sessions (0 to 1) bound to lost
 *     servers, which fail until they are bound again; 0 with stickiness off
 */
public record BackendOutcome(
    String group, Map<String, Integer> before, Map<String, Integer> left, double failingSessionShare) {
  /** Copies the maps, so the outcome is immutable. */
  public BackendOutcome {
    before = ImmutableMap.copyOf(before);
    left = ImmutableMap.copyOf(left);
  }

  /** The servers before the failure. */
  public int totalBefore() {
    return before.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The servers the load balancer can still route to. */
  public int totalLeft() {
    return left.values().stream().mapToInt(Integer::intValue).sum();
  }
}
