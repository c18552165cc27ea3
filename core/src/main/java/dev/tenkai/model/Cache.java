package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A cache: nodes per zone, replicated or not, and the longest expiry the application needs. */
@Value.Immutable
@JsonSerialize(as = ImmutableCache.class)
@JsonDeserialize(as = ImmutableCache.class)
public abstract class Cache {
  /** Unique name, also its role in firewall rules, e.g. {@code "cache"}. */
  public abstract String name();

  /** The store. */
  public abstract CacheEngine engine();

  /** The protocol the application speaks, derived from the engine. */
  public CacheProtocol protocol() {
    return engine().protocol();
  }

  /** The engine version, if pinned. */
  public abstract Optional<String> version();

  /** Managed service or self-run hosts. */
  @Value.Default
  public CacheHosting hosting() {
    return CacheHosting.MANAGED;
  }

  /** The instance (node) class. */
  public abstract String instanceClass();

  /** The tier it lives in. */
  @Value.Default
  public String tier() {
    return "private";
  }

  /** How many nodes in each zone. */
  public abstract Map<String, Integer> nodesPerZone();

  /** Whether every node holds all data (replicated across zones) rather than a shard. */
  public abstract boolean replicatedAcrossZones();

  /** The longest expiry the application sets on an entry. */
  public abstract Duration longestExpiry();

  /** Whether the data is encrypted at rest. */
  @Value.Default
  public boolean encryptedAtRest() {
    return true;
  }

  /** The port it listens on. */
  @Value.Default
  public int port() {
    return protocol() == CacheProtocol.REDIS ? 6379 : 11211;
  }

  /** All nodes. */
  public int total() {
    return nodesPerZone().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A new builder. */
  public static ImmutableCache.Builder builder() {
    return ImmutableCache.builder();
  }
}
