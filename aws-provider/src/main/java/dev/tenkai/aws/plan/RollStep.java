package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One step of a group's roll.
 *
 * @param kind what it does
 * @param number its place in the roll, from 1
 * @param serversPerZone the servers' logical ids, per zone
 * @param start when it starts, since the roll began (predicted)
 * @param duration how long it takes (predicted)
 * @param inServiceDuring the fewest servers in service per zone while it runs
 * @param inServiceAfter the servers in service per zone once it is done
 */
public record RollStep(
    RollStepKind kind,
    int number,
    Map<String, List<String>> serversPerZone,
    Duration start,
    Duration duration,
    Map<String, Integer> inServiceDuring,
    Map<String, Integer> inServiceAfter) {
  /** Copies the maps, so a step is immutable. */
  public RollStep {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    serversPerZone.forEach((z, ids) -> copy.put(z, List.copyOf(ids)));
    serversPerZone = ImmutableMap.copyOf(copy);
    inServiceDuring = ImmutableMap.copyOf(inServiceDuring);
    inServiceAfter = ImmutableMap.copyOf(inServiceAfter);
  }

  /** The servers' logical ids, zone after zone. */
  public List<String> servers() {
    return serversPerZone.values().stream().flatMap(List::stream).collect(Collectors.toList());
  }

  /** The servers in service per batch in each zone, summed. */
  public int minimumInService() {
    return inServiceDuring.values().stream().mapToInt(Integer::intValue).sum();
  }
}
