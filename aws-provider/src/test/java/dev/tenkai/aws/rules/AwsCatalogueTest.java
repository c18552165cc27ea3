package dev.tenkai.aws.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What AWS offers, known offline: regions, zones and families, and the rules that read them. */
class AwsCatalogueTest {
  private static final AwsCatalogue BUNDLED = AwsCatalogue.bundled();
  private static final Topology MODERN = ReferenceTopologies.modern();

  private static List<String> messages(dev.tenkai.rules.Rule rule, Topology t) {
    return rule.check(RuleContext.of(t)).stream().map(Violation::message).toList();
  }

  @Test
  void tokyoHasZonesAcAndDButNoB() {
    assertThat(BUNDLED.taken()).isNotNull();
    assertThat(BUNDLED.zones("ap-northeast-1"))
        .containsExactly(new AwsCatalogue.Zone("ap-northeast-1a", "apne1-az4"),
            new AwsCatalogue.Zone("ap-northeast-1c", "apne1-az1"),
            new AwsCatalogue.Zone("ap-northeast-1d", "apne1-az2"));
  }

  @Test
  void anUnknownRegionIsAnErrorNamingTheKnownOnes() {
    Topology t = ImmutableTopology.copyOf(MODERN).withRegion("ap-northeast-9");
    assertThat(messages(new UnknownRegion(BUNDLED), t)).singleElement().asString()
        .startsWith("region 'ap-northeast-9' is not an AWS region known to the catalogue of " + BUNDLED.taken())
        .contains("ap-northeast-1, ");
    assertThat(messages(new UnknownRegion(BUNDLED), MODERN)).isEmpty();
  }

  @Test
  void aZoneTheRegionDoesNotHaveIsAnErrorNamingTheAlternatives() {
    assertThat(messages(new ZoneNotInRegion(BUNDLED, Map.of()), MODERN)).isEmpty();
    // zones a and c map to 1a and 1c; b would be 1b, which Tokyo does not have.
    List<String> found = messages(new ZoneNotInRegion(BUNDLED, Map.of()), withZonesAb());
    assertThat(found).containsExactly("logical zone 'b' maps to 'ap-northeast-1b', which ap-northeast-1 does not have"
        + " (per aws-catalogue.txt of " + BUNDLED.taken() + "); its zones: ap-northeast-1a (apne1-az4),"
        + " ap-northeast-1c (apne1-az1), ap-northeast-1d (apne1-az2)");
    assertThat(messages(new ZoneNotInRegion(BUNDLED, Map.of("b", "ap-northeast-1d")), withZonesAb())).isEmpty();
    assertThat(withZonesAb().zones()).containsExactly("a", "b");
  }

  @Test
  void anAccountSeesItsOwnZones(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("zones.txt");
    Files.writeString(file, "# our account\nzone ap-northeast-1a apne1-az4\nzone ap-northeast-1b apne1-az3\n");
    AwsCatalogue account = BUNDLED.withAccountZones(file);
    assertThat(messages(new ZoneNotInRegion(account, Map.of()), withZonesAb())).isEmpty();
    assertThat(messages(new ZoneNotInRegion(account, Map.of()), MODERN)).singleElement().asString()
        .contains("'ap-northeast-1c'").contains("ap-northeast-1b (apne1-az3)");
    Files.writeString(file, "zone nowhere-9z x\n");
    assertThatThrownBy(() -> BUNDLED.withAccountZones(file))
        .hasMessageContaining("line 1").hasMessageContaining("'nowhere-9z' belongs to no region");
  }

  @Test
  void aFamilyNotOfferedInTheRegionIsAnErrorListingWhatIs() {
    Topology osaka = ImmutableTopology.copyOf(withZonesAb()).withRegion("ap-northeast-3");
    Topology t = ImmutableTopology.copyOf(osaka).withServerGroups(
        ImmutableServerGroup.copyOf(osaka.serverGroup("web").orElseThrow()).withInstanceClass("x2iedn.xlarge"));
    assertThat(messages(new InstanceClassNotOffered(BUNDLED), t)).singleElement().asString()
        .startsWith("EC2 class 'x2iedn.xlarge': EC2 does not offer family x2iedn in ap-northeast-3")
        .contains("offered there: t2 t3");
    assertThat(messages(new InstanceClassNotOffered(BUNDLED), ImmutableTopology.copyOf(MODERN)
        .withServerGroups(ImmutableServerGroup.copyOf(MODERN.serverGroup("web").orElseThrow())
            .withInstanceClass("x2iedn.xlarge")))).isEmpty();
  }

  @Test
  void aMalformedCatalogueIsRefusedWithItsLine() {
    assertThatThrownBy(() -> AwsCatalogue.parse("taken 2026-12-03\nregion r\nfpga x\n", "test"))
        .hasMessage("test line 3: unknown service 'fpga' (ec2, rds, elasticache)");
    assertThatThrownBy(() -> AwsCatalogue.parse("region r\n", "test")).hasMessage("test: no 'taken DATE' line");
  }

  /** The modern reference in logical zones a and b. */
  private static Topology withZonesAb() {
    String json = dev.tenkai.json.TopologyJson.write(MODERN)
        .replace("\"c\"", "\"b\"");
    return dev.tenkai.json.TopologyJson.read(json);
  }
}
