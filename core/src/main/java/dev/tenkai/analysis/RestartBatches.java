package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import dev.tenkai.model.RestartPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a {@link RestartTimeline} cuts a group's servers into batches, and the batches into waves. */
final class RestartBatches {
  private RestartBatches() {}

  /** The batches, each as servers per zone, run-length encoded as (count, composition). */
  static List<Map.Entry<Integer, Map<String, Integer>>> of(RestartPolicy p, Map<String, Integer> servers) {
    List<Map.Entry<Integer, Map<String, Integer>>> out = new ArrayList<>();
    switch (p.strategy()) {
      case ALL_AT_ONCE:
        out.add(Map.entry(1, servers));
        break;
      case ZONE_BY_ZONE:
        servers.forEach((z, n) -> out.add(Map.entry(1, Map.of(z, n))));
        break;
      case BATCHES:
        fill(p.batchSize(), servers, out);
        break;
    }
    return out;
  }

  /** Batches of k zone after zone: whole batches inside a zone, one straddling batch between. */
  private static void fill(int k, Map<String, Integer> servers, List<Map.Entry<Integer, Map<String, Integer>>> out) {
    List<String> zones = new ArrayList<>(servers.keySet());
    int[] remaining = zones.stream().mapToInt(servers::get).toArray();
    int i = 0;
    while (i < zones.size()) {
      if (remaining[i] >= k) {
        int whole = remaining[i] / k;
        out.add(Map.entry(whole, Map.of(zones.get(i), k)));
        remaining[i] -= whole * k;
      }
      if (remaining[i] == 0) {
        i++;
        continue;
      }
      // Fewer than k left in this zone: one batch takes them and continues into the next zones.
      Map<String, Integer> straddling = new LinkedHashMap<>();
      int room = k;
      while (i < zones.size() && room > 0) {
        int take = Math.min(room, remaining[i]);
        if (take > 0) {
          straddling.put(zones.get(i), take);
        }
        room -= take;
        remaining[i] -= take;
        if (remaining[i] == 0) {
          i++;
        }
      }
      out.add(Map.entry(1, straddling));
    }
  }

  static ImmutableList<RestartWave> waves(
      List<Map.Entry<Integer, Map<String, Integer>>> batches, Duration batch) {
    ImmutableList.Builder<RestartWave> out = ImmutableList.builder();
    Duration start = Duration.ZERO;
    int first = 1;
    for (Map.Entry<Integer, Map<String, Integer>> b : batches) {
      RestartWave w = new RestartWave(first, b.getKey(), b.getValue(), start, batch);
      out.add(w);
      start = w.end();
      first += b.getKey();
    }
    return out.build();
  }

}
