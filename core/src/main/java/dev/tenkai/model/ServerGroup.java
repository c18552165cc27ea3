package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A group of identical web/app servers, placed as a count per zone. */
@Value.Immutable
@JsonSerialize(as = ImmutableServerGroup.class)
@JsonDeserialize(as = ImmutableServerGroup.class)
public abstract class ServerGroup {
  /** Unique name, also its role in firewall rules, e.g. {@code "web"}. */
  public abstract String name();

  /** The tier its servers live in. */
  @Value.Default
  public String tier() {
    return "private";
  }

  /** How many servers in each zone, e.g. {@code {a=1, c=1}}. */
  public abstract Map<String, Integer> countPerZone();

  /** The instance class, e.g. {@code "c5.large"}. */
  public abstract String instanceClass();

  /** The reference of the image the servers boot, resolved by the provider when empty. */
  public abstract Optional<String> image();

  /** What the servers run, for people (e.g. {@code "nginx + Passenger (Rails)"}). */
  public abstract Optional<String> software();

  /** The port the application listens on. */
  @Value.Default
  public int port() {
    return 80;
  }

  /** How long a server takes from start until it answers health checks (seed: about 20 s). */
  @Value.Default
  public Duration bootTime() {
    return Duration.ofSeconds(20);
  }

  /** Whether the servers carry steady load (burst-credit classes collapse under it). */
  @Value.Default
  public boolean steadyLoad() {
    return true;
  }

  /** How the group is restarted or redeployed. */
  @Value.Default
  public RestartPolicy restartPolicy() {
    return RestartPolicy.batchesOf(1);
  }

  /** How many servers the service needs in service to carry its load. */
  @Value.Default
  public int minimumInService() {
    return 1;
  }

  /** Whether each server holds its own Elastic IP (the seed's lesson 7 says: do not). */
  @Value.Default
  public boolean elasticIp() {
    return false;
  }

  /** All servers of the group. */
  public int total() {
    return countPerZone().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The servers in {@code zone}. */
  public int countIn(String zone) {
    return countPerZone().getOrDefault(zone, 0);
  }

  /** A new builder. */
  public static ImmutableServerGroup.Builder builder() {
    return ImmutableServerGroup.builder();
  }
}
