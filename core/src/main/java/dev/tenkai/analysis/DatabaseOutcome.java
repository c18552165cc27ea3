package dev.tenkai.analysis;

import java.time.Duration;
import java.util.Optional;

/**
 * One database after a failure.
 *
 * @param name the database
 * @param state unaffected, standby lost, failed over, or unavailable
 * @param servingZone the zone of the instance that serves after the failure, if any
 * @param failoverTimeMin the least expected time the database is unavailable while failing over
 *     ({@link ZoneFailure#EXPECTED_FAILOVER_MIN}); zero when it does not fail over
 * @param failoverTimeMax the most expected time ({@link ZoneFailure#EXPECTED_FAILOVER_MAX})
 */
public record DatabaseOutcome(
    String name,
    DatabaseState state,
    Optional<String> servingZone,
    Duration failoverTimeMin,
    Duration failoverTimeMax) {
  /** Whether the database serves after the failure (perhaps after failing over). */
  public boolean available() {
    return state != DatabaseState.UNAVAILABLE;
  }
}
