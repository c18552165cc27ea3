package dev.tenkai.aws;

import com.google.common.collect.ImmutableSortedMap;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.StackState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What exists of a stack, per logical zone: counts by kind in each zone, and the regional or
 * global resources apart. What the CLI prints after apply.
 */
public final class StackSummary {
  /** The key of resources that live in no single zone (VPC, load balancer, DNS...). */
  public static final String REGIONAL = "regional";

  private final String stack;
  private final ImmutableSortedMap<String, Map<AwsKind, Integer>> byZone;

  private StackSummary(String stack, Map<String, Map<AwsKind, Integer>> byZone) {
    this.stack = stack;
    this.byZone = ImmutableSortedMap.copyOf(byZone);
  }

  /** Summarizes {@code state}; zones come from the desired stack's resources, else the zone name. */
  public static StackSummary of(StackState state, DesiredStack desired) {
    Map<String, Map<AwsKind, Integer>> byZone = new TreeMap<>();
    for (CurrentResource r : state.all()) {
      String zone = desired.get(r.logicalId()).flatMap(d -> d.zone())
          .or(() -> r.attribute("availabilityZone").flatMap(desired.zones()::logical))
          .orElse(REGIONAL);
      byZone.computeIfAbsent(zone, z -> new EnumMap<>(AwsKind.class)).merge(r.kind(), 1, Integer::sum);
    }
    return new StackSummary(state.stack(), byZone);
  }

  /** Counts by kind, per logical zone ({@link #REGIONAL} for the rest). */
  public ImmutableSortedMap<String, Map<AwsKind, Integer>> byZone() {
    return byZone;
  }

  /** How many of {@code kind} exist in {@code zone}. */
  public int count(String zone, AwsKind kind) {
    return byZone.getOrDefault(zone, Map.of()).getOrDefault(kind, 0);
  }

  /** Whether nothing of the stack exists. */
  public boolean isEmpty() {
    return byZone.isEmpty();
  }

  /** One line per zone, e.g. "zone a: 3 instance, 2 subnet, 1 nat-gateway". */
  public String render() {
    if (byZone.isEmpty()) {
      return "Stack " + stack + ": nothing exists.\n";
    }
    StringBuilder b = new StringBuilder("Stack ").append(stack).append(":\n");
    byZone.forEach((zone, kinds) -> {
      b.append(String.format(Locale.ROOT, "  %-9s", zone.equals(REGIONAL) ? REGIONAL : "zone " + zone)).append(' ');
      StringBuilder line = new StringBuilder();
      kinds.forEach((k, n) -> line.append(line.length() == 0 ? "" : ", ").append(n).append(' ').append(k.label()));
      b.append(line).append('\n');
    });
    return b.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
