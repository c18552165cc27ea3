package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withCache;
import static dev.tenkai.aws.rules.Variants.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link InstanceClassService}: a topology that violates it and one that does not. */
class InstanceClassServiceTest {
  private final InstanceClassService rule = new InstanceClassService();

  @Test
  void flagsAnEc2ClassGivenToRds() {
    assertThat(check(rule, withDatabase(db -> db.withInstanceClass("m6g.large"))))
        .containsExactly("databases[db]: instance class 'm6g.large' is not an RDS class (expected db.<family>.<size>)");
  }

  @Test
  void flagsAnRdsClassGivenToServers() {
    Topology t = modern();
    Topology servers =
        ImmutableTopology.copyOf(t)
            .withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withInstanceClass("db.m6g.large"));
    assertThat(check(rule, servers))
        .containsExactly(
            "serverGroups[web]: instance class 'db.m6g.large' is not an EC2 class (expected <family>.<size>, without db. or cache.)");
  }

  @Test
  void flagsTheWrongPrefixForManagedAndSelfRunCaches() {
    assertThat(check(rule, withCache(c -> c.withInstanceClass("m6g.large"))))
        .containsExactly(
            "caches[cache]: instance class 'm6g.large' is not an ElastiCache class (expected cache.<family>.<size>)");
    assertThat(check(rule, withCache(c -> c.withHosting(CacheHosting.SELF_RUN))))
        .containsExactly(
            "caches[cache]: instance class 'cache.m6g.large' is not an EC2 class (expected <family>.<size>, without db. or cache.)");
  }

  @Test
  void acceptsEachServicesForm() {
    assertThat(check(rule, withCache(c -> c.withHosting(CacheHosting.SELF_RUN).withInstanceClass("r7g.large")))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
