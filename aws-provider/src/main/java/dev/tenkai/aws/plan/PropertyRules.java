package dev.tenkai.aws.plan;

/** What the planner needs to know of each kind: its schema (what to compare, and how each property changes). */
public interface PropertyRules {
  /** The schema of {@code kind}. */
  KindSchema schema(AwsKind kind);
}
