package dev.tenkai.aws.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One AWS resource the topology asks for: its kind, a stable logical id (e.g.
 * {@code subnet/private/a}), its properties as plain text (what the plan compares and prints;
 * properties that name another resource hold that resource's logical id), the logical ids it
 * depends on, and the logical zone it lives in, if any.
 */
public final class DesiredResource {
  private final AwsKind kind;
  private final String logicalId;
  private final ImmutableSortedMap<String, String> properties;
  private final ImmutableSet<String> dependencies;
  private final Optional<String> zone;

  private DesiredResource(
      AwsKind kind, String logicalId, Map<String, String> properties, Set<String> dependencies, Optional<String> zone) {
    checkArgument(
        logicalId.startsWith(kind.label() + "/") || logicalId.equals(kind.label()),
        "logical id '%s' must start with its kind '%s'",
        logicalId,
        kind.label());
    this.kind = kind;
    this.logicalId = logicalId;
    this.properties = ImmutableSortedMap.copyOf(properties);
    this.dependencies = ImmutableSet.copyOf(dependencies);
    this.zone = zone;
  }

  /** A resource of {@code kind} called {@code logicalId}. */
  public static DesiredResource of(
      AwsKind kind, String logicalId, Map<String, String> properties, Set<String> dependencies, Optional<String> zone) {
    return new DesiredResource(kind, logicalId, properties, dependencies, zone);
  }

  /** The kind. */
  public AwsKind kind() {
    return kind;
  }

  /** The stable logical id, also the value of its {@code tenkai:logical-id} tag. */
  public String logicalId() {
    return logicalId;
  }

  /** Every property, sorted by name. */
  public ImmutableSortedMap<String, String> properties() {
    return properties;
  }

  /** The property {@code name}. @throws IllegalStateException when absent, naming it */
  public String property(String name) {
    String v = properties.get(name);
    if (v == null) {
      throw new IllegalStateException(logicalId + " has no property '" + name + "'");
    }
    return v;
  }

  /** The property {@code name}, if present and not empty. */
  public Optional<String> optional(String name) {
    return Optional.ofNullable(properties.get(name)).filter(v -> !v.isEmpty());
  }

  /** The logical ids this resource needs to exist first. */
  public ImmutableSet<String> dependencies() {
    return dependencies;
  }

  /** The logical zone the resource lives in; empty for regional or global ones. */
  public Optional<String> zone() {
    return zone;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DesiredResource)) {
      return false;
    }
    DesiredResource d = (DesiredResource) o;
    return kind == d.kind
        && logicalId.equals(d.logicalId)
        && properties.equals(d.properties)
        && dependencies.equals(d.dependencies)
        && zone.equals(d.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, logicalId, properties, dependencies, zone);
  }

  @Override
  public String toString() {
    return logicalId + properties;
  }
}
