package dev.tenkai.model;

/** The protocol the application speaks to its cache. */
public enum CacheProtocol {
  /** The memcached text/binary protocol. */
  MEMCACHED,
  /** The Redis protocol (Redis, Valkey). */
  REDIS
}
