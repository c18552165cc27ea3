package dev.tenkai.analysis;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;

/**
 * One step of a {@link RestartTimeline}: from {@code at} until the next step, this many servers
 * are in service (answering, and routed to by the load balancer).
 *
 * @param at time since the restart began
 * @param inServicePerZone servers in service per zone of the group, in zone order
 * @param inService servers in service in all
 * @param event what happened at {@code at}, for people
 */
public record RestartStep(Duration at, Map<String, Integer> inServicePerZone, int inService, String event) {
  /** Copies the map, so the step is immutable. */
  public RestartStep {
    inServicePerZone = ImmutableMap.copyOf(inServicePerZone);
  }
}
