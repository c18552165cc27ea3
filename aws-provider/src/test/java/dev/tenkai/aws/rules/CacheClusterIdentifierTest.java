package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link CacheClusterIdentifier}: a topology that violates it and one that does not. */
class CacheClusterIdentifierTest {
  private final CacheClusterIdentifier rule = new CacheClusterIdentifier();
  // "<this>-cache" is 41 characters: over a replication group's 40.
  private final String thirtyFive = "r" + Strings.repeat("x", 34);

  @Test
  void acceptsALongNameBecauseTheIdIsShortened() {
    // "<this>-cache" is 41 characters; AwsNames cuts it to 40 with a hash, which ElastiCache accepts.
    assertThat(AwsNames.cacheCluster(named(thirtyFive), modern().caches().get(0))).hasSize(40);
    assertThat(check(rule, named(thirtyFive))).isEmpty();
  }

  @Test
  void flagsDoubleHyphenInAReplicationGroupId() {
    assertThat(check(rule, named("ref-")))
        .containsExactly("caches[cache]: replication group id 'ref--cache' holds two consecutive hyphens");
  }

  @Test
  void flagsDoubleHyphenInAMemcachedClusterId() {
    var t = ImmutableTopology.copyOf(memcached()).withName("ref-");
    assertThat(check(rule, t))
        .containsExactly("caches[cache]: cache cluster id 'ref--cache' holds two consecutive hyphens");
  }

  @Test
  void allowsMemcachedUpTo50Characters() {
    var t = ImmutableTopology.copyOf(memcached()).withName(thirtyFive);
    assertThat(check(rule, t)).isEmpty();
  }

  @Test
  void ignoresSelfRunCachesAndAcceptsTheReference() {
    var selfRun =
        ImmutableTopology.copyOf(
                Variants.withCache(c -> c.withHosting(CacheHosting.SELF_RUN).withInstanceClass("r7g.large")))
            .withName(thirtyFive);
    assertThat(check(rule, selfRun)).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }

  private Topology memcached() {
    return Variants.withCache(c -> c.withEngine(CacheEngine.MEMCACHED).withReplicatedAcrossZones(false));
  }
}
