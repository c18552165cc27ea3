package dev.tenkai.aws;

import java.util.Map;
import java.util.Optional;

/**
 * The two tags every resource Tenkai creates carries, set at creation: the stack (the topology's
 * name) and the resource's logical id. Ownership is decided by these tags alone: nothing without
 * the stack's tag is ever changed or deleted.
 */
public final class StackTags {
  /** The tag naming the stack (the topology's name). */
  public static final String STACK = "tenkai:stack";

  /** The tag naming the resource's logical id within the stack. */
  public static final String LOGICAL_ID = "tenkai:logical-id";

  private StackTags() {}

  /** The logical id of a resource with {@code tags}, when it belongs to {@code stack}. */
  public static Optional<String> ownedLogicalId(Map<String, String> tags, String stack) {
    if (!stack.equals(tags.get(STACK))) {
      return Optional.empty();
    }
    return Optional.ofNullable(tags.get(LOGICAL_ID)).filter(id -> !id.isBlank());
  }
}
