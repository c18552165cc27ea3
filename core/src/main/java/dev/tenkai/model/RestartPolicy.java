package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How a server group is restarted or redeployed. */
@Value.Immutable
@JsonSerialize(as = ImmutableRestartPolicy.class)
@JsonDeserialize(as = ImmutableRestartPolicy.class)
public abstract class RestartPolicy {
  /** The strategy. */
  public abstract RestartStrategy strategy();

  /** Servers restarted together, for {@link RestartStrategy#BATCHES}; otherwise ignored. */
  @Value.Default
  public int batchSize() {
    return 1;
  }

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        batchSize() >= 1, "restartPolicy.batchSize", "must be at least 1, got %s", batchSize());
  }

  /** Every server at once. */
  public static RestartPolicy allAtOnce() {
    return ImmutableRestartPolicy.builder().strategy(RestartStrategy.ALL_AT_ONCE).build();
  }

  /** One zone at a time. */
  public static RestartPolicy zoneByZone() {
    return ImmutableRestartPolicy.builder().strategy(RestartStrategy.ZONE_BY_ZONE).build();
  }

  /** Rolling, {@code size} servers at a time. */
  public static RestartPolicy batchesOf(int size) {
    return ImmutableRestartPolicy.builder().strategy(RestartStrategy.BATCHES).batchSize(size).build();
  }
}
