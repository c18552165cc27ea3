package dev.tenkai.analysis;

/**
 * One cache after a failure.
 *
 * @param name the cache
 * @param nodesBefore its nodes before
 * @param nodesLeft its nodes that survive
 * @param replicated whether every node holds all data
 * @param dataLostShare the share of cached data lost (0 to 1): none when replicated and a node
 *     survives; otherwise the lost nodes' share (each node holding an equal shard)
 */
public record CacheOutcome(
    String name, int nodesBefore, int nodesLeft, boolean replicated, double dataLostShare) {
  /** Whether any node is left to answer. */
  public boolean available() {
    return nodesLeft > 0;
  }
}
