package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;

/**
 * One resource that exists and carries the stack's tags, as discovered: its kind and logical id
 * (from its {@code tenkai:logical-id} tag), its physical id (an id, ARN or name), its properties
 * read back in the same terms as {@link DesiredResource#properties()}, and attributes other
 * resources need (an ARN, a DNS name, a canonical hosted zone id, the zone name).
 */
public final class CurrentResource {
  private final AwsKind kind;
  private final String logicalId;
  private final String physicalId;
  private final ImmutableSortedMap<String, String> properties;
  private final ImmutableMap<String, String> attributes;

  private CurrentResource(
      AwsKind kind, String logicalId, String physicalId, Map<String, String> properties, Map<String, String> attributes) {
    this.kind = kind;
    this.logicalId = logicalId;
    this.physicalId = physicalId;
    this.properties = ImmutableSortedMap.copyOf(properties);
    this.attributes = ImmutableMap.copyOf(attributes);
  }

  /** A discovered resource. */
  public static CurrentResource of(
      AwsKind kind, String logicalId, String physicalId, Map<String, String> properties, Map<String, String> attributes) {
    return new CurrentResource(kind, logicalId, physicalId, properties, attributes);
  }

  /** The kind. */
  public AwsKind kind() {
    return kind;
  }

  /** The logical id from the resource's tag. */
  public String logicalId() {
    return logicalId;
  }

  /** The id AWS gave it (instance id, ARN, name...). */
  public String physicalId() {
    return physicalId;
  }

  /** The properties as read back. */
  public ImmutableSortedMap<String, String> properties() {
    return properties;
  }

  /** Attributes other resources refer to (arn, dnsName, canonicalHostedZoneId, availabilityZone). */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** The attribute {@code name}, if present. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  @Override
  public String toString() {
    return logicalId + "=" + physicalId;
  }
}
