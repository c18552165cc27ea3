package dev.tenkai.analysis;

/**
 * The capacity one tier has left after a failure, against what the service declares it needs.
 *
 * @param resource the server group or cache
 * @param unit servers or cache nodes
 * @param before how many there were
 * @param left how many survive and can still be reached (for servers, see {@link Reachability})
 * @param needed how many the service needs: a server group's {@code minimumInService}; one node
 *     for a cache
 */
public record Capacity(String resource, CapacityUnit unit, int before, int left, int needed) {
  /** Whether what is left covers what the service needs. */
  public boolean sufficient() {
    return left >= needed;
  }
}
