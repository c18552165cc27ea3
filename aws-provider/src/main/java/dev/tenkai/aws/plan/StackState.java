package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What exists of one stack, by logical id, and the way back from a physical id to its logical
 * id. Filled by discovery and updated by the executor as resources are created (thread-safe).
 */
public final class StackState {
  private final String stack;
  private final Map<String, CurrentResource> byLogicalId = new ConcurrentHashMap<>();
  private final Map<String, String> logicalByPhysical = new ConcurrentHashMap<>();

  /** An empty state of {@code stack}. */
  public StackState(String stack) {
    this.stack = stack;
  }

  /** The stack's name. */
  public String stack() {
    return stack;
  }

  /** Records {@code resource}, replacing any earlier state of its logical id. */
  public void put(CurrentResource resource) {
    CurrentResource old = byLogicalId.put(resource.logicalId(), resource);
    if (old != null) {
      logicalByPhysical.remove(old.physicalId());
    }
    logicalByPhysical.put(resource.physicalId(), resource.logicalId());
  }

  /** Forgets {@code logicalId} (it was deleted). */
  public void remove(String logicalId) {
    CurrentResource old = byLogicalId.remove(logicalId);
    if (old != null) {
      logicalByPhysical.remove(old.physicalId());
    }
  }

  /** The resource called {@code logicalId}, if it exists. */
  public Optional<CurrentResource> get(String logicalId) {
    return Optional.ofNullable(byLogicalId.get(logicalId));
  }

  /**
   * The resource called {@code logicalId}, which must exist.
   *
   * @throws IllegalStateException naming the missing resource
   */
  public CurrentResource require(String logicalId) {
    CurrentResource r = byLogicalId.get(logicalId);
    if (r == null) {
      throw new IllegalStateException("stack " + stack + " has no " + logicalId + " yet");
    }
    return r;
  }

  /** The physical id of {@code logicalId}, which must exist. */
  public String physicalId(String logicalId) {
    return require(logicalId).physicalId();
  }

  /**
   * The logical id of the owned resource with {@code physicalId}, or {@code "external:" + id}
   * for something the stack does not own (so a plan shows it instead of hiding it).
   */
  public String logicalIdOf(String physicalId) {
    String l = logicalByPhysical.get(physicalId);
    return l != null ? l : "external:" + physicalId;
  }

  /** Every resource, by kind then logical id. */
  public ImmutableList<CurrentResource> all() {
    return byLogicalId.values().stream()
        .sorted(Comparator.comparing(CurrentResource::kind).thenComparing(CurrentResource::logicalId))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every resource of {@code kind}. */
  public ImmutableList<CurrentResource> all(AwsKind kind) {
    return all().stream().filter(r -> r.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Adds every resource of {@code resources}. */
  public void putAll(Collection<CurrentResource> resources) {
    resources.forEach(this::put);
  }
}
