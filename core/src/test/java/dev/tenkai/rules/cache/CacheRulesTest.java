package dev.tenkai.rules.cache;

import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.Topology;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheRulesTest {
  @Test
  void memcachedAskedForSixtyDaysIsFlagged() {
    Topology t = withCache(modern(), c -> c.withEngine(CacheEngine.MEMCACHED));
    assertThat(violations(new ExpiryBeyondEngineLimit(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("caches[cache]");
          assertThat(v.message()).isEqualTo("cache cache needs entries to live 60d but engine MEMCACHED holds at most 30d");
        });
  }

  @Test
  void thirtyDaysOnMemcachedOrAnyExpiryOnRedisPasses() {
    Topology thirtyDays = withCache(modern(), c -> c.withEngine(CacheEngine.MEMCACHED).withLongestExpiry(Duration.ofDays(30)));
    assertThat(violations(new ExpiryBeyondEngineLimit(), thirtyDays)).isEmpty();
    assertThat(violations(new ExpiryBeyondEngineLimit(), modern())).isEmpty();
  }
}
