package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import org.junit.jupiter.api.Test;

/** {@link ManagedCacheEngine}: a topology that violates it and one that does not. */
class ManagedCacheEngineTest {
  private final ManagedCacheEngine rule = new ManagedCacheEngine();

  @Test
  void flagsAManagedKyotoTycoon() {
    assertThat(check(rule, withCache(c -> c.withEngine(CacheEngine.KYOTO_TYCOON))))
        .containsExactly("caches[cache]: ElastiCache does not offer KYOTO_TYCOON; it needs hosting SELF_RUN");
  }

  @Test
  void acceptsASelfRunKyotoTycoonAndManagedRedis() {
    assertThat(
            check(
                rule,
                withCache(
                    c ->
                        c.withEngine(CacheEngine.KYOTO_TYCOON)
                            .withHosting(CacheHosting.SELF_RUN)
                            .withInstanceClass("r7g.large"))))
        .isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
