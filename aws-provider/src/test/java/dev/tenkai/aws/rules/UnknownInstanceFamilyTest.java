package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** {@link UnknownInstanceFamily}: a topology that violates it and one that does not. */
class UnknownInstanceFamilyTest {
  private final UnknownInstanceFamily rule = new UnknownInstanceFamily();

  @Test
  void flagsATypoInTheFamily() {
    Topology t = modern();
    Topology typo =
        ImmutableTopology.copyOf(t)
            .withServerGroups(ImmutableServerGroup.copyOf(t.serverGroup("web").orElseThrow()).withInstanceClass("c6l.large"));
    assertThat(check(rule, typo))
        .containsExactly("serverGroups[web]: EC2 family 'c6l' (class 'c6l.large') is not in Tenkai's table of EC2 families");
  }

  @Test
  void flagsAnEc2OnlyFamilyOnElastiCache() {
    assertThat(check(rule, withCache(c -> c.withInstanceClass("cache.c6i.large"))))
        .containsExactly(
            "caches[cache]: ElastiCache family 'c6i' (class 'cache.c6i.large') is not in Tenkai's table of ElastiCache families");
  }

  @Test
  void acceptsKnownFamilies() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
