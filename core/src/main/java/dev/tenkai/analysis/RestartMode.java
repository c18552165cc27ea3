package dev.tenkai.analysis;

/** How each batch of a restart leaves the load balancer. */
public enum RestartMode {
  /**
   * The process is restarted where it runs, without telling the load balancer (the seed's deploy
   * tool): the load balancer keeps routing to it until the health check declares it dead.
   */
  IN_PLACE,
  /**
   * The batch is first deregistered and drained for the load balancer's deregistration delay,
   * then restarted and registered again: no request fails, but each batch is out longer.
   */
  DRAIN_FIRST,
  /**
   * Create before destroy (how {@code tenkai apply} replaces servers): each batch's new servers
   * are launched beside the old ones, registered, and once the health check passes them the old
   * ones are deregistered, drained for the deregistration delay and terminated. Capacity never
   * drops; the batch's servers run twice over while it lasts.
   */
  SURGE
}
