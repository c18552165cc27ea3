package dev.tenkai.test;

import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.model.Topology;

/**
 * Entry point of the test kit's assertions, to import statically beside AssertJ's:
 *
 * <pre>{@code
 * assertThat(topology).hasNoErrors().survivesLossOfAnyZone();
 * assertThat(topology).restart("web").neverBelowNeed();
 * assertThat(topology).plan(provider).creates("load-balancer/web-lb");
 * }</pre>
 */
public final class TenkaiAssertions {
  private TenkaiAssertions() {}

  /**
   * Assertions on a topology: its findings, what losing a zone or restarting a group does, and
   * its AWS plan.
   *
   * @param topology the topology under test
   * @return the assertions
   */
  public static TopologyAssert assertThat(Topology topology) {
    return new TopologyAssert(topology);
  }

  /**
   * Assertions on a restart, for a timeline built with a policy or mode of the test's choosing.
   *
   * @param timeline the restart under test
   * @return the assertions
   */
  public static RestartAssert assertThat(RestartTimeline timeline) {
    return new RestartAssert(timeline);
  }

  /**
   * Assertions on an AWS plan: what it creates, changes and deletes.
   *
   * @param plan the plan under test
   * @return the assertions
   */
  public static PlanAssert assertThat(Plan plan) {
    return new PlanAssert(plan);
  }
}
