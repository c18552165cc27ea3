package dev.tenkai.analysis;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;

/**
 * A run of identical consecutive batches of a {@link RestartTimeline}: the timeline is stored as
 * waves so that restarting 100,000 servers one by one costs as little as restarting four.
 *
 * @param firstBatch the number of the wave's first batch, from 1
 * @param batches how many identical batches follow one another
 * @param batchPerZone the servers each batch restarts, per zone
 * @param start when the wave's first batch starts
 * @param batchDuration how long each batch is out of service; the next batch starts when it is
 *     back
 */
public record RestartWave(
    int firstBatch, int batches, Map<String, Integer> batchPerZone, Duration start, Duration batchDuration) {
  /** Copies the map, so the wave is immutable. */
  public RestartWave {
    batchPerZone = ImmutableMap.copyOf(batchPerZone);
  }

  /** The servers each batch restarts. */
  public int batchSize() {
    return batchPerZone.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** When the wave's last batch is back in service. */
  public Duration end() {
    return start.plus(batchDuration.multipliedBy(batches));
  }
}
