package dev.tenkai.aws.plan;

import java.util.List;
import java.util.Optional;

/**
 * What the plan does to one logical id, and why: the action, the reason in words, the property
 * differences, the desired resource (absent for a delete) and the current one (absent for a
 * create).
 *
 * @param logicalId the resource's logical id
 * @param kind its kind
 * @param action what happens to it
 * @param reason why, for people
 * @param diffs the properties that differ (empty for create, delete and no change)
 * @param desired what the topology asks for, unless deleted
 * @param current what exists, unless created
 */
public record Change(
    String logicalId,
    AwsKind kind,
    ChangeAction action,
    String reason,
    List<PropertyDiff> diffs,
    Optional<DesiredResource> desired,
    Optional<CurrentResource> current) {

  /** Copies {@code diffs}, so a change never shares a mutable list. */
  public Change {
    diffs = List.copyOf(diffs);
  }
}
