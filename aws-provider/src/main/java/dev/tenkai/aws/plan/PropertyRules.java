package dev.tenkai.aws.plan;

import java.util.Set;

/** What the planner needs to know of each kind: which properties change in place, and equality. */
public interface PropertyRules {
  /** The properties of {@code kind} that can change without replacing the resource. */
  Set<String> updatable(AwsKind kind);

  /** Whether the value read back equals the desired one (e.g. "8.0.35" is "8.0" for an engine version). */
  default boolean same(AwsKind kind, String property, String current, String desired) {
    return current.equals(desired);
  }
}
