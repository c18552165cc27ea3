package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.ServerGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of identical web/app servers, placed "n per zone" (or spread, or counted zone by zone)
 * in the first private tier, usually behind a load balancer. Whatever is not said takes the
 * model's default, visible in the built {@link ServerGroup} (port 80, boot time 20 s, rolling
 * restart one at a time, one server needed in service, steady load, no Elastic IPs).
 *
 * <pre>{@code
 * t.serverGroup("web", g -> g
 *     .perZone(2)
 *     .instanceClass("c6i.large")
 *     .software("nginx + Passenger (Rails)")
 *     .bootTime(Duration.ofSeconds(20))
 *     .restartInBatchesOf(1)
 *     .behind("web-lb"))
 * }</pre>
 */
public final class ServerGroupSpec {
  private final String name;
  private Integer perZone;
  private Integer spread;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private String tier;
  private String instanceClass;
  private String image;
  private String software;
  private Integer port;
  private Duration bootTime;
  private Boolean steadyLoad;
  private RestartPolicy restartPolicy;
  private Integer minimumInService;
  private Boolean elasticIp;
  private final List<String> behind = new ArrayList<>();

  ServerGroupSpec(String name) {
    this.name = name;
  }

  /**
   * {@code count} servers in every zone of the topology.
   *
   * <pre>{@code g.perZone(2)}</pre>
   */
  public ServerGroupSpec perZone(int count) {
    this.perZone = count;
    return this;
  }

  /**
   * {@code total} servers spread evenly over the zones, the first zones taking one more when it
   * does not divide (5 over a and c: 3 in a, 2 in c).
   *
   * <pre>{@code g.spreadEvenly(5)}</pre>
   */
  public ServerGroupSpec spreadEvenly(int total) {
    this.spread = total;
    return this;
  }

  /**
   * {@code count} servers in {@code zone}; overrides {@link #perZone} and {@link #spreadEvenly}
   * for that zone.
   *
   * <pre>{@code g.in("a", 3).in("c", 1)}</pre>
   */
  public ServerGroupSpec in(String zone, int count) {
    counts.put(zone, count);
    return this;
  }

  /**
   * The private tier its servers live in, when not the first private tier.
   *
   * <pre>{@code g.tier("app")}</pre>
   */
  public ServerGroupSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * The instance class (required).
   *
   * <pre>{@code g.instanceClass("c6i.large")}</pre>
   */
  public ServerGroupSpec instanceClass(String instanceClass) {
    this.instanceClass = instanceClass;
    return this;
  }

  /**
   * The image the servers boot; without it the provider's options decide.
   *
   * <pre>{@code g.image("ami-0123456789abcdef0")}</pre>
   */
  public ServerGroupSpec image(String image) {
    this.image = image;
    return this;
  }

  /**
   * What the servers run, for people.
   *
   * <pre>{@code g.software("nginx + Passenger (Rails)")}</pre>
   */
  public ServerGroupSpec software(String software) {
    this.software = software;
    return this;
  }

  /**
   * The port the application listens on (model default 80).
   *
   * <pre>{@code g.port(8080)}</pre>
   */
  public ServerGroupSpec port(int port) {
    this.port = port;
    return this;
  }

  /**
   * How long a server takes from start until it answers health checks (model default 20 s).
   *
   * <pre>{@code g.bootTime(Duration.ofSeconds(20))}</pre>
   */
  public ServerGroupSpec bootTime(Duration bootTime) {
    this.bootTime = bootTime;
    return this;
  }

  /**
   * Whether the servers carry steady load (model default: yes); say {@code false} for bursty
   * work that burstable classes suit.
   *
   * <pre>{@code g.steadyLoad(false)}</pre>
   */
  public ServerGroupSpec steadyLoad(boolean steadyLoad) {
    this.steadyLoad = steadyLoad;
    return this;
  }

  /**
   * Restarts roll through the group {@code size} servers at a time (model default: 1).
   *
   * <pre>{@code g.restartInBatchesOf(1)}</pre>
   */
  public ServerGroupSpec restartInBatchesOf(int size) {
    return restartPolicy(RestartPolicy.batchesOf(size));
  }

  /**
   * Restarts go one zone after another.
   *
   * <pre>{@code g.restartZoneByZone()}</pre>
   */
  public ServerGroupSpec restartZoneByZone() {
    return restartPolicy(RestartPolicy.zoneByZone());
  }

  /**
   * Every server restarts at once (the seed's deploy tool; the rules will object).
   *
   * <pre>{@code g.restartAllAtOnce()}</pre>
   */
  public ServerGroupSpec restartAllAtOnce() {
    return restartPolicy(RestartPolicy.allAtOnce());
  }

  /**
   * Any restart policy of the model.
   *
   * <pre>{@code g.restartPolicy(RestartPolicy.batchesOf(2))}</pre>
   */
  public ServerGroupSpec restartPolicy(RestartPolicy policy) {
    this.restartPolicy = policy;
    return this;
  }

  /**
   * How many servers the service needs in service (model default 1).
   *
   * <pre>{@code g.minimumInService(2)}</pre>
   */
  public ServerGroupSpec minimumInService(int count) {
    this.minimumInService = count;
    return this;
  }

  /**
   * Whether each server holds its own Elastic IP (model default: no, as lesson 7 asks).
   *
   * <pre>{@code g.elasticIp(true)}</pre>
   */
  public ServerGroupSpec elasticIp(boolean elasticIp) {
    this.elasticIp = elasticIp;
    return this;
  }

  /**
   * Puts the group behind the load balancer {@code loadBalancer} (adds it to its backends).
   *
   * <pre>{@code g.behind("web-lb")}</pre>
   */
  public ServerGroupSpec behind(String loadBalancer) {
    behind.add(loadBalancer);
    return this;
  }

  String name() {
    return name;
  }

  List<String> behind() {
    return behind;
  }

  ServerGroup build(Layout layout) {
    String p = "serverGroups[" + name + "]";
    check(
        perZone == null || spread == null,
        p + ".countPerZone",
        "say either perZone(%s) or spreadEvenly(%s), not both",
        perZone,
        spread);
    check(
        perZone != null || spread != null || !counts.isEmpty(),
        p + ".countPerZone",
        "how many servers? say perZone(n), spreadEvenly(n) or in(zone, n)");
    check(
        instanceClass != null,
        p + ".instanceClass",
        "an instance class is required, e.g. instanceClass(\"c6i.large\")");
    Map<String, Integer> perZoneCounts = new LinkedHashMap<>();
    List<String> zones = layout.zones();
    for (int i = 0; i < zones.size(); i++) {
      if (perZone != null) {
        perZoneCounts.put(zones.get(i), perZone);
      } else if (spread != null) {
        perZoneCounts.put(zones.get(i), spread / zones.size() + (i < spread % zones.size() ? 1 : 0));
      }
    }
    perZoneCounts.putAll(counts);
    ImmutableServerGroup.Builder b =
        ServerGroup.builder()
            .name(name)
            .tier(tier != null ? tier : layout.privateTier())
            .countPerZone(perZoneCounts)
            .instanceClass(instanceClass);
    if (image != null) {
      b.image(image);
    }
    if (software != null) {
      b.software(software);
    }
    if (port != null) {
      b.port(port);
    }
    if (bootTime != null) {
      b.bootTime(bootTime);
    }
    if (steadyLoad != null) {
      b.steadyLoad(steadyLoad);
    }
    if (restartPolicy != null) {
      b.restartPolicy(restartPolicy);
    }
    if (minimumInService != null) {
      b.minimumInService(minimumInService);
    }
    if (elasticIp != null) {
      b.elasticIp(elasticIp);
    }
    return b.build();
  }
}
