package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The step-by-step form of a {@link RestartTimeline}: what happens when, batch after batch. */
final class RestartSteps {
  private final RestartTimeline r;
  private final Duration bootTime;
  private final Duration toInService;
  private final Duration drain;
  private final Duration detachAt;
  private final List<RestartStep> out = new ArrayList<>();

  private RestartSteps(RestartTimeline r, Duration bootTime, Duration toInService, Duration drain, Duration detachAt) {
    this.r = r;
    this.bootTime = bootTime;
    this.toInService = toInService;
    this.drain = drain;
    this.detachAt = detachAt;
  }

  static List<RestartStep> of(
      RestartTimeline r, Duration bootTime, Duration toInService, Duration drain, Duration detachAt) {
    RestartSteps steps = new RestartSteps(r, bootTime, toInService, drain, detachAt);
    steps.build();
    return ImmutableList.copyOf(steps.out);
  }

  private void build() {
    Map<String, Integer> idle = perZone(Optional.empty());
    for (RestartWave w : r.waves()) {
      Map<String, Integer> during = perZone(Optional.of(w));
      int left = r.reachableServers() - r.outPerBatch(w);
      for (int b = 0; b < w.batches(); b++) {
        Duration t0 = w.start().plus(w.batchDuration().multipliedBy(b));
        String name = "batch " + (w.firstBatch() + b) + " " + describe(w.batchPerZone());
        batchSteps(t0, name, during, left);
        String back = r.mode() == RestartMode.SURGE ? " old servers terminated" : " back in service";
        add(new RestartStep(t0.plus(w.batchDuration()), idle, r.reachableServers(), name + back));
      }
    }
  }

  private Map<String, Integer> perZone(Optional<RestartWave> wave) {
    Map<String, Integer> out = new LinkedHashMap<>();
    r.servers().keySet().forEach(z -> out.put(z, r.inServiceIn(z, wave)));
    return out;
  }

  private void batchSteps(Duration t0, String name, Map<String, Integer> during, int left) {
    if (r.mode() == RestartMode.SURGE) {
      add(new RestartStep(t0, during, left, name + " replacements launched beside the old servers, booting"));
      if (r.loadBalancer().isPresent()) {
        add(new RestartStep(t0.plus(bootTime), during, left, name + " replacements booted, registered, awaiting health checks"));
        add(new RestartStep(t0.plus(bootTime).plus(toInService), during, left,
            name + " replacements in service; old servers deregistered, draining"));
      }
    } else if (r.loadBalancer().isEmpty()) {
      add(new RestartStep(t0, during, left, name + " restarted, booting"));
    } else if (r.mode() == RestartMode.DRAIN_FIRST) {
      add(new RestartStep(t0, during, left, name + " deregistered, draining"));
      add(new RestartStep(t0.plus(drain), during, left, name + " restarted, booting"));
      add(new RestartStep(t0.plus(drain).plus(bootTime), during, left, name + " booted, registered, awaiting health checks"));
    } else {
      add(new RestartStep(t0, during, left, name + " restarted in place: requests routed to it fail"));
      if (r.detached()) {
        add(new RestartStep(t0.plus(detachAt), during, left, name + " declared dead by the health check, detached"));
        add(new RestartStep(t0.plus(bootTime), during, left, name + " booted, awaiting health checks"));
      }
    }
  }

  /** Adds a step, merging it into the last one when both happen at the same time. */
  private void add(RestartStep step) {
    RestartStep last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.at().equals(step.at())) {
      out.set(
          out.size() - 1,
          new RestartStep(step.at(), step.inServicePerZone(), step.inService(), last.event() + "; " + step.event()));
    } else {
      out.add(step);
    }
  }

  private static String describe(Map<String, Integer> perZone) {
    return perZone.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(" ", "(", ")"));
  }
}
