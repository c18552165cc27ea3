package dev.tenkai.json;

import dev.tenkai.model.InvalidTopologyException;

/**
 * JSON that is not a topology: malformed, of the wrong shape or version, or describing a topology
 * that cannot exist. {@link #path()} is a JSON path such as {@code $.topology.zones[1]}.
 */
public final class TopologyJsonException extends InvalidTopologyException {
  private static final long serialVersionUID = 1L;

  /** A failure at JSON path {@code path}. */
  public TopologyJsonException(String path, String message) {
    super(path, message);
  }
}
