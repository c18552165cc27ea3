package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import dev.tenkai.model.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One resource's placement in one zone whose loss alone hurts: entry points that stop answering,
 * surviving subnets that lose egress, or the bastion. See {@link SinglePointsOfFailure}.
 *
 * @param resource the resource
 * @param kind its kind
 * @param zone the zone of the placement whose loss alone hurts
 * @param entryPointsLost the DNS names that stop answering, in model order
 * @param explanations for each of those, the chain that broke and why
 * @param egressLost the subnets that lose internet access
 * @param bastionLost whether administrators lose their way in
 */
public record SinglePointOfFailure(
    String resource,
    ResourceKind kind,
    String zone,
    List<String> entryPointsLost,
    List<String> explanations,
    List<LostEgress> egressLost,
    boolean bastionLost) {
  /** Copies the lists, so the value is immutable. */
  public SinglePointOfFailure {
    entryPointsLost = ImmutableList.copyOf(entryPointsLost);
    explanations = ImmutableList.copyOf(explanations);
    egressLost = ImmutableList.copyOf(egressLost);
  }

  /** Whether its loss makes an entry point unavailable (the strict sense of the term). */
  public boolean affectsEntryPoints() {
    return !entryPointsLost.isEmpty();
  }

  /** One line for people, e.g. {@code "db in zone a: example.jp, www.example.jp unavailable"}. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    if (!entryPointsLost.isEmpty()) {
      parts.add(String.join(", ", entryPointsLost) + " unavailable");
    }
    if (!egressLost.isEmpty()) {
      parts.add(
          "egress lost for "
              + egressLost.stream()
                  .map(e -> e.tier() + "/" + e.zone())
                  .collect(Collectors.joining(", ")));
    }
    if (bastionLost) {
      parts.add("bastion unreachable");
    }
    return resource + " in zone " + zone + ": " + String.join("; ", parts);
  }
}
