package dev.tenkai.aws.plan;

import dev.tenkai.analysis.RestartMode;
import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.model.RestartPolicy;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The roll of one server group.
 *
 * @param group the server group
 * @param loadBalancer the load balancer in front of it
 * @param targetGroup the logical id of its target group
 * @param policy the group's restart policy, which sets the batches
 * @param bootTime the group's boot time
 * @param timeToInService how long the health check takes to pass a new server
 * @param drain the deregistration delay
 * @param steps the steps, in order
 * @param timeline the restart analysis of the group in {@link RestartMode#SURGE}, which the
 *     replacement batches follow
 */
public record GroupRoll(
    String group,
    String loadBalancer,
    String targetGroup,
    RestartPolicy policy,
    Duration bootTime,
    Duration timeToInService,
    Duration drain,
    List<RollStep> steps,
    RestartTimeline timeline) {
  /** Copies the steps. */
  public GroupRoll {
    steps = List.copyOf(steps);
  }

  /** How long the whole roll is expected to take. */
  public Duration duration() {
    return steps.isEmpty() ? Duration.ZERO : steps.get(steps.size() - 1).start().plus(steps.get(steps.size() - 1).duration());
  }

  /** The fewest servers in service at any step. */
  public int minimumInService() {
    return steps.stream().mapToInt(RollStep::minimumInService).min().orElse(0);
  }

  /** The most servers running beyond the group's count at once (the largest replaced batch). */
  public int surge() {
    return steps.stream().filter(s -> s.kind() == RollStepKind.REPLACE).mapToInt(s -> s.servers().size()).max().orElse(0);
  }

  /** The replacement steps. */
  public List<RollStep> replacements() {
    return steps.stream().filter(s -> s.kind() == RollStepKind.REPLACE).collect(Collectors.toList());
  }
}
