package dev.tenkai.aws.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tenkai.aws.ZoneMap;
import java.util.List;
import java.util.Optional;

/**
 * Every AWS resource one topology asks for, keyed by logical id, with the notes the mapping made
 * on the way (e.g. a classic load balancer realized as an application one).
 */
public final class DesiredStack {
  private final String stack;
  private final String region;
  private final ZoneMap zones;
  private final ImmutableMap<String, DesiredResource> resources;
  private final ImmutableList<String> notes;

  DesiredStack(String stack, String region, ZoneMap zones, List<DesiredResource> resources, List<String> notes) {
    this.stack = stack;
    this.region = region;
    this.zones = zones;
    ImmutableMap.Builder<String, DesiredResource> b = ImmutableMap.builder();
    resources.forEach(r -> b.put(r.logicalId(), r));
    this.resources = b.buildOrThrow();
    for (DesiredResource r : resources) {
      for (String dep : r.dependencies()) {
        checkArgument(this.resources.containsKey(dep), "%s depends on %s, which the stack does not hold", r.logicalId(), dep);
      }
    }
    this.notes = ImmutableList.copyOf(notes);
  }

  /** The stack name (the topology's name). */
  public String stack() {
    return stack;
  }

  /** The region. */
  public String region() {
    return region;
  }

  /** How logical zones map to zone names. */
  public ZoneMap zones() {
    return zones;
  }

  /** Every resource by logical id, in mapping order. */
  public ImmutableMap<String, DesiredResource> resources() {
    return resources;
  }

  /** The resource {@code logicalId}, if desired. */
  public Optional<DesiredResource> get(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /** What the mapping decided that a reader of the plan should know. */
  public ImmutableList<String> notes() {
    return notes;
  }
}
