package dev.tenkai.model;

/** Who runs the cache's nodes. */
public enum CacheHosting {
  /** A managed service (ElastiCache on AWS). */
  MANAGED,
  /** Our own hosts running the store (the seed's KyotoTycoon on EC2). */
  SELF_RUN
}
