package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.ImmutableCache;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cache: its store, nodes per zone, whether every node holds all data, and the longest expiry
 * the application sets (which decides whether memcached can hold it at all, lesson 10). Unless
 * told otherwise it is a managed service in the first private tier.
 *
 * <pre>{@code
 * t.cache("cache", c -> c
 *     .redis("7.1")
 *     .instanceClass("cache.m6g.large")
 *     .perZone(1)
 *     .replicated()
 *     .longestExpiry(Duration.ofDays(60)))
 * }</pre>
 */
public final class CacheSpec {
  private final String name;
  private CacheEngine engine;
  private String version;
  private CacheHosting hosting;
  private String instanceClass;
  private String tier;
  private Integer perZone;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private Boolean replicated;
  private Duration longestExpiry;
  private Boolean encryptedAtRest;
  private Integer port;

  CacheSpec(String name) {
    this.name = name;
  }

  /**
   * Redis at {@code version}.
   *
   * <pre>{@code c.redis("7.1")}</pre>
   */
  public CacheSpec redis(String version) {
    return engine(CacheEngine.REDIS).version(version);
  }

  /**
   * Valkey (the Redis-compatible fork) at {@code version}.
   *
   * <pre>{@code c.valkey("8.0")}</pre>
   */
  public CacheSpec valkey(String version) {
    return engine(CacheEngine.VALKEY).version(version);
  }

  /**
   * memcached (expiries over 30 days are not relative any more).
   *
   * <pre>{@code c.memcached()}</pre>
   */
  public CacheSpec memcached() {
    return engine(CacheEngine.MEMCACHED);
  }

  /**
   * KyotoTycoon with its memcached plug-in (the seed's choice): long expiries, replication.
   *
   * <pre>{@code c.kyotoTycoon().selfRun()}</pre>
   */
  public CacheSpec kyotoTycoon() {
    return engine(CacheEngine.KYOTO_TYCOON);
  }

  /**
   * Any engine of the model.
   *
   * <pre>{@code c.engine(CacheEngine.VALKEY)}</pre>
   */
  public CacheSpec engine(CacheEngine engine) {
    this.engine = engine;
    return this;
  }

  /**
   * Pins the engine version.
   *
   * <pre>{@code c.version("1.6")}</pre>
   */
  public CacheSpec version(String version) {
    this.version = version;
    return this;
  }

  /**
   * Runs the store on our own hosts instead of a managed service (the seed's KyotoTycoon on EC2).
   *
   * <pre>{@code c.selfRun()}</pre>
   */
  public CacheSpec selfRun() {
    this.hosting = CacheHosting.SELF_RUN;
    return this;
  }

  /**
   * The instance (node) class (required).
   *
   * <pre>{@code c.instanceClass("cache.m6g.large")}</pre>
   */
  public CacheSpec instanceClass(String instanceClass) {
    this.instanceClass = instanceClass;
    return this;
  }

  /**
   * The private tier it lives in, when not the first private tier.
   *
   * <pre>{@code c.tier("data")}</pre>
   */
  public CacheSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * {@code count} nodes in every zone of the topology.
   *
   * <pre>{@code c.perZone(1)}</pre>
   */
  public CacheSpec perZone(int count) {
    this.perZone = count;
    return this;
  }

  /**
   * {@code count} nodes in {@code zone}; overrides {@link #perZone} for that zone.
   *
   * <pre>{@code c.in("a", 1)}</pre>
   */
  public CacheSpec in(String zone, int count) {
    counts.put(zone, count);
    return this;
  }

  /**
   * Every node holds all data, replicated across zones (lesson 11).
   *
   * <pre>{@code c.replicated()}</pre>
   */
  public CacheSpec replicated() {
    this.replicated = true;
    return this;
  }

  /**
   * Each node holds its own share of the data: losing a zone loses that share.
   *
   * <pre>{@code c.sharded()}</pre>
   */
  public CacheSpec sharded() {
    this.replicated = false;
    return this;
  }

  /**
   * The longest expiry the application sets on an entry (required).
   *
   * <pre>{@code c.longestExpiry(Duration.ofDays(60))}</pre>
   */
  public CacheSpec longestExpiry(Duration longestExpiry) {
    this.longestExpiry = longestExpiry;
    return this;
  }

  /**
   * Whether the data is encrypted at rest (model default: yes).
   *
   * <pre>{@code c.encryptedAtRest(false)}</pre>
   */
  public CacheSpec encryptedAtRest(boolean encrypted) {
    this.encryptedAtRest = encrypted;
    return this;
  }

  /**
   * The port, when not the protocol's default (6379 for Redis, 11211 for memcached).
   *
   * <pre>{@code c.port(22122)}</pre>
   */
  public CacheSpec port(int port) {
    this.port = port;
    return this;
  }

  Cache build(Layout layout) {
    String p = "caches[" + name + "]";
    check(engine != null, p + ".engine", "an engine is required, e.g. redis(\"7.1\") or kyotoTycoon()");
    check(
        instanceClass != null,
        p + ".instanceClass",
        "an instance class is required, e.g. instanceClass(\"cache.m6g.large\")");
    check(
        perZone != null || !counts.isEmpty(),
        p + ".nodesPerZone",
        "how many nodes? say perZone(n) or in(zone, n)");
    check(
        replicated != null,
        p + ".replicatedAcrossZones",
        "say replicated() (every node holds all data) or sharded()");
    check(
        longestExpiry != null,
        p + ".longestExpiry",
        "the longest expiry the application sets is required, e.g. longestExpiry(Duration.ofDays(1))");
    Map<String, Integer> nodes = new LinkedHashMap<>();
    if (perZone != null) {
      layout.zones().forEach(z -> nodes.put(z, perZone));
    }
    nodes.putAll(counts);
    ImmutableCache.Builder b =
        Cache.builder()
            .name(name)
            .engine(engine)
            .instanceClass(instanceClass)
            .tier(tier != null ? tier : layout.privateTier())
            .nodesPerZone(nodes)
            .replicatedAcrossZones(replicated)
            .longestExpiry(longestExpiry);
    if (version != null) {
      b.version(version);
    }
    if (hosting != null) {
      b.hosting(hosting);
    }
    if (encryptedAtRest != null) {
      b.encryptedAtRest(encryptedAtRest);
    }
    if (port != null) {
      b.port(port);
    }
    return b.build();
  }
}
