package dev.tenkai.aws.plan;

import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.RestartStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A {@link RollingSchedule} as the lines a plan prints: per group, its steps, durations and capacity. */
public final class RollingScheduleText {
  private RollingScheduleText() {}

  /** The schedule as lines a person reads: per group, its steps, durations and capacity. */
  public static String render(RollingSchedule schedule) {
    StringBuilder b = new StringBuilder();
    for (GroupRoll g : schedule.groups()) {
      b.append("Rolling ").append(g.group()).append(" behind ").append(g.loadBalancer()).append(" (")
          .append(describe(g.policy())).append(", create before destroy):\n");
      for (RollStep s : g.steps()) {
        b.append(String.format(Locale.ROOT, "  %2d. at %-7s %-9s %-44s %7s  in service %s -> %s%n",
            s.number(), duration(s.start()), s.kind().label(), servers(s.serversPerZone()), duration(s.duration()),
            perZone(s.inServiceDuring()), perZone(s.inServiceAfter())));
      }
      b.append(String.format(Locale.ROOT,
          "  expected %s: boot %s + health check %s per launch, drain %s per removal; never fewer than %d in service%s%n",
          duration(g.duration()), duration(g.bootTime()), duration(g.timeToInService()), duration(g.drain()),
          g.minimumInService(), g.surge() > 0 ? ", at most " + g.surge() + " extra server(s) at once" : ""));
    }
    if (!schedule.handovers().isEmpty()) {
      b.append("Create before destroy:\n");
      schedule.handovers().forEach(h -> b.append("  ").append(h.logicalId()).append(": ").append(h.describe()).append('\n'));
    }
    return b.toString();
  }

  private static String describe(RestartPolicy p) {
    return p.strategy() == RestartStrategy.BATCHES ? "batches of " + p.batchSize()
        : p.strategy() == RestartStrategy.ZONE_BY_ZONE ? "zone by zone" : "all at once";
  }

  private static String servers(Map<String, List<String>> perZone) {
    return perZone.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue().stream().map(id -> id.substring(id.lastIndexOf('/') + 1)).collect(Collectors.joining(",")))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String perZone(Map<String, Integer> perZone) {
    return perZone.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
  }

  /** A duration as people write it: 45s, 1m05s, 1h02m. */
  public static String duration(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
