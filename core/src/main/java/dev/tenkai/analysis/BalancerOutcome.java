package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;

/**
 * One load balancer after a failure.
 *
 * @param name the load balancer
 * @param survivingZones the zones where it still has a node
 * @param lostZones the zones where its node is gone
 * @param crossZone whether each node routes to every zone's backends
 * @param sticky whether session stickiness is on
 * @param backends each server group behind it
 * @param failingSessionShare with stickiness on, the largest share of sessions (0 to 1) over its
 *     backends bound to servers that are gone
 * @param rebindAfter with stickiness on, how long those sessions fail at least: until the health
 *     check declares their server dead and the load balancer binds them elsewhere
 * @param rebindAtMost with stickiness on, how long they fail at most: a load balancer that keeps a
 *     session on its server until the stickiness expires (the seed's 502s)
 * @param zonesWithoutBackend surviving zones whose node has no server left it may route to (with
 *     cross-zone off, no server in its own zone): requests arriving there fail until the node is
 *     withdrawn from DNS
 * @param requestShareWithoutBackend the share of requests (0 to 1) arriving at those nodes,
 *     requests being spread evenly over the surviving nodes
 */
public record BalancerOutcome(
    String name,
    List<String> survivingZones,
    List<String> lostZones,
    boolean crossZone,
    boolean sticky,
    List<BackendOutcome> backends,
    double failingSessionShare,
    Duration rebindAfter,
    Duration rebindAtMost,
    List<String> zonesWithoutBackend,
    double requestShareWithoutBackend) {
  /** Copies the lists, so the outcome is immutable. */
  public BalancerOutcome {
    survivingZones = ImmutableList.copyOf(survivingZones);
    lostZones = ImmutableList.copyOf(lostZones);
    backends = ImmutableList.copyOf(backends);
    zonesWithoutBackend = ImmutableList.copyOf(zonesWithoutBackend);
  }
}
