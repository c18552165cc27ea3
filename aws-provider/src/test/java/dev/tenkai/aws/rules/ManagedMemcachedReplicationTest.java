package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.CacheEngine;
import org.junit.jupiter.api.Test;

/** {@link ManagedMemcachedReplication}: a topology that violates it and one that does not. */
class ManagedMemcachedReplicationTest {
  private final ManagedMemcachedReplication rule = new ManagedMemcachedReplication();

  @Test
  void flagsAReplicatedManagedMemcached() {
    assertThat(check(rule, withCache(c -> c.withEngine(CacheEngine.MEMCACHED))))
        .containsExactly(
            "caches[cache]: managed memcached cannot replicate across zones, but the cache is modelled as replicated");
  }

  @Test
  void acceptsAnUnreplicatedMemcachedAndReplicatedRedis() {
    assertThat(check(rule, withCache(c -> c.withEngine(CacheEngine.MEMCACHED).withReplicatedAcrossZones(false))))
        .isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
