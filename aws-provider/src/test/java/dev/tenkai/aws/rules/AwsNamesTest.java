package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.base.Strings;
import dev.tenkai.model.Database;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import org.junit.jupiter.api.Test;

/** The derived AWS names. */
class AwsNamesTest {
  @Test
  void derivesTheReferencesNames() {
    Topology t = modern();
    assertThat(AwsNames.loadBalancer(t, t.loadBalancers().get(0))).isEqualTo("reference-web-lb");
    assertThat(AwsNames.targetGroup(t, t.loadBalancers().get(0))).isEqualTo("reference-web-lb-tg");
    assertThat(AwsNames.dbInstance(t, t.databases().get(0))).isEqualTo("reference-db");
    assertThat(AwsNames.dbSubnetGroup(t, t.databases().get(0))).isEqualTo("reference-db");
    assertThat(AwsNames.cacheCluster(t, t.caches().get(0))).isEqualTo("reference-cache");
    assertThat(AwsNames.cacheSubnetGroup(t, t.caches().get(0))).isEqualTo("reference-cache");
  }

  @Test
  void subnetGroupNamesAlwaysFitAwsLimits() {
    // The reason no rule checks them: any two model names joined by a hyphen fit 255 characters.
    Database db = modern().databases().get(0);
    qt().forAll(integers().between(1, 63), integers().between(1, 63))
        .check(
            (topologyLength, resourceLength) -> {
              Topology t = ImmutableTopology.copyOf(modern()).withName("t" + Strings.repeat("-", topologyLength - 1));
              String resource = "r" + Strings.repeat("9", resourceLength - 1);
              String dbGroup = AwsNames.dbSubnetGroup(t, ImmutableDatabase.copyOf(db).withName(resource));
              String cacheGroup =
                  AwsNames.cacheSubnetGroup(t, ImmutableCache.copyOf(modern().caches().get(0)).withName(resource));
              return dbGroup.length() <= 255
                  && dbGroup.matches("[A-Za-z0-9._ -]+")
                  && !dbGroup.equals("default")
                  && cacheGroup.length() <= 255
                  && cacheGroup.matches("[A-Za-z0-9-]+");
            });
  }
}
