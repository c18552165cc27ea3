package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.CurrentResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a load-balancing kind offers a rolling change: register and deregister servers, read their
 * health, and say how long a drain may take. The engine polls {@link #health} on its own clock.
 */
public interface TargetRegistry {
  /** The servers (physical ids) registered in {@code group} and not leaving it. */
  Set<String> registered(CurrentResource group, HandlerContext ctx);

  /** Registers {@code ids} in {@code group}. */
  void register(CurrentResource group, List<String> ids, HandlerContext ctx);

  /** Deregisters {@code ids} from {@code group}: the load balancer stops sending them new requests. */
  void deregister(CurrentResource group, List<String> ids, HandlerContext ctx);

  /** The health state of each of {@code ids} in {@code group}: healthy, initial, draining, unused... */
  Map<String, String> health(CurrentResource group, List<String> ids, HandlerContext ctx);

  /** How long the servers leaving {@code group} may take to drain. */
  Duration drainLimit(CurrentResource group, HandlerContext ctx);
}
