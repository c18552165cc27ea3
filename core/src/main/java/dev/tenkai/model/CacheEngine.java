package dev.tenkai.model;

import java.time.Duration;
import java.util.Optional;

/** The store behind a cache. */
public enum CacheEngine {
  /** memcached: expiries beyond 30 days are read as absolute timestamps. */
  MEMCACHED(CacheProtocol.MEMCACHED, Optional.of(Duration.ofDays(30))),
  /** KyotoTycoon with its memcached plug-in (the seed's choice): long expiries, replication. */
  KYOTO_TYCOON(CacheProtocol.MEMCACHED, Optional.empty()),
  /** Redis. */
  REDIS(CacheProtocol.REDIS, Optional.empty()),
  /** Valkey, the Redis-compatible fork. */
  VALKEY(CacheProtocol.REDIS, Optional.empty());

  private final CacheProtocol protocol;
  private final Optional<Duration> longestExpiry;

  CacheEngine(CacheProtocol protocol, Optional<Duration> longestExpiry) {
    this.protocol = protocol;
    this.longestExpiry = longestExpiry;
  }

  /** The protocol it speaks. */
  public CacheProtocol protocol() {
    return protocol;
  }

  /** The longest relative expiry the engine can hold, when it has a limit. */
  public Optional<Duration> longestExpiry() {
    return longestExpiry;
  }
}
