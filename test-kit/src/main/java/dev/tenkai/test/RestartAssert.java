package dev.tenkai.test;

import dev.tenkai.analysis.RestartTimeline;
import java.time.Duration;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link RestartTimeline}: whether restarting a server group keeps the
 * servers the service needs, never takes it down, and ends in time.
 */
public final class RestartAssert extends AbstractAssert<RestartAssert, RestartTimeline> {

  RestartAssert(RestartTimeline actual) {
    super(actual, RestartAssert.class);
  }

  /**
   * Verifies that at no time during the restart fewer servers are in service than the service
   * declares it needs ({@code minimumInService}).
   *
   * @return this
   */
  public RestartAssert neverBelowNeed() {
    isNotNull();
    if (!actual.timeBelowNeeded().isZero()) {
      failWithMessage("Expected restarting %s to never have fewer than the %d servers it needs in service, but it has as few as %d of %d for %s in all (%s)",
          actual.group(), actual.needed(), actual.minimumCapacity(), actual.totalServers(), actual.timeBelowNeeded(), actual);
    }
    return this;
  }

  /**
   * Verifies that some server is in service at every moment of the restart.
   *
   * @return this
   */
  public RestartAssert neverDown() {
    isNotNull();
    if (actual.fullOutage()) {
      failWithMessage("Expected restarting %s to always keep a server in service, but no server is in service for %s in all (%s)",
          actual.group(), actual.outageTime(), actual);
    }
    return this;
  }

  /**
   * Verifies that the whole restart ends within {@code limit}.
   *
   * @param limit the longest acceptable restart
   * @return this
   */
  public RestartAssert takesAtMost(Duration limit) {
    isNotNull();
    if (actual.duration().compareTo(limit) > 0) {
      failWithMessage("Expected restarting %s to take at most %s, but it takes %s (%s)", actual.group(), limit, actual.duration(), actual);
    }
    return this;
  }
}
