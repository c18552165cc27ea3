package dev.tenkai.aws.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.TopologyGen;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Symmetry by construction, offline: every property the mapping sets, on generated topologies,
 * is declared by its kind's schema (compared, or used at creation only with the reason), so no
 * property the mapping sets is blind to drift or to change.
 */
class KindSymmetryTest {
  private static final ZoneMap ZONES = ZoneMap.of(Map.of("a", "ap-northeast-1a", "b", "ap-northeast-1b", "c", "ap-northeast-1c", "d", "ap-northeast-1d"));
  private static final AwsOptions OPTIONS = dev.tenkai.aws.local.LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build();
  private final ResourceHandlers kinds = ResourceHandlers.standard();

  private List<String> undeclared(DesiredStack stack) {
    List<String> out = new ArrayList<>();
    for (DesiredResource d : stack.resources().values()) {
      KindSchema schema = kinds.of(d.kind()).schema();
      d.properties().keySet().stream().filter(p -> !schema.declared().contains(p))
          .forEach(p -> out.add(d.kind().label() + "." + p));
    }
    return out.stream().distinct().sorted().toList();
  }

  @Test
  void everyPropertyTheMappingSetsIsDeclaredByItsKind() {
    assertThat(undeclared(TopologyMapping.map(ReferenceTopologies.modern(), ZONES, OPTIONS))).isEmpty();
    assertThat(undeclared(TopologyMapping.map(ReferenceTopologies.of2012(), ZONES, OPTIONS))).isEmpty();
    // Some generated topologies are refused by the mapping itself (e.g. a DNS record aliasing a
    // load balancer the mapping leaves out); those say nothing about the kinds' schemas.
    qt().withExamples(200).forAll(TopologyGen.topologies()).assuming(KindSymmetryTest::maps)
        .checkAssert(t -> assertThat(undeclared(TopologyMapping.map(t, ZONES, OPTIONS))).as(t.name()).isEmpty());
  }

  private static boolean maps(dev.tenkai.model.Topology t) {
    try {
      TopologyMapping.map(t, ZONES, OPTIONS);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void everyCreateOnlyPropertySaysWhy() {
    for (ResourceHandler k : kinds.inDiscoveryOrder()) {
      k.schema().createOnly().forEach((p, why) -> assertThat(why).as(k.kind().label() + "." + p).isNotBlank());
    }
  }
}
