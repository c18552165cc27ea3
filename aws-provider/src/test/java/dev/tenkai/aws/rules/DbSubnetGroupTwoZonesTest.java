package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.tier;
import static dev.tenkai.aws.rules.Variants.withNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableNetwork;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Network;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link DbSubnetGroupTwoZones}: a topology that violates it and one that does not. */
class DbSubnetGroupTwoZonesTest {
  private final DbSubnetGroupTwoZones rule = new DbSubnetGroupTwoZones();

  @Test
  void flagsASingleAzDatabaseInAOneZoneTier() {
    Topology base = modern();
    Network n =
        ImmutableNetwork.copyOf(base.network())
            .withTiers(
                base.network().tier("public").orElseThrow(),
                base.network().tier("private").orElseThrow(),
                tier("data", TierKind.PRIVATE, "10.0.20.0/24"));
    Topology t =
        ImmutableTopology.copyOf(base)
            .withNetwork(n)
            .withDatabases(
                ImmutableDatabase.copyOf(base.database("db").orElseThrow())
                    .withTier("data")
                    .withStandbyZone(Optional.empty()));
    assertThat(check(rule, t))
        .containsExactly(
            "databases[db]: tier 'data' has subnets only in zones [a]; a DB subnet group needs subnets in at least two zones");
  }

  @Test
  void acceptsASingleAzDatabaseInATwoZoneTier() {
    assertThat(check(rule, Variants.withDatabase(db -> db.withStandbyZone(Optional.empty())))).isEmpty();
    assertThat(check(rule, modern())).isEmpty();
  }
}
