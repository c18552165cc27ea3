package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.fixtures.AnalysisTopologyGen;
import dev.tenkai.fixtures.TopologyGen;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import dev.tenkai.graph.FlowKind;
import dev.tenkai.graph.Node;
import dev.tenkai.graph.TopologyGraph;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules and the failure analysis are two views of the same availability: where the rules see
 * no availability error, no single zone takes down an entry point that answers when every zone is
 * up; and whatever the analysis calls a single point of failure, some rule has flagged (on the
 * resource or on the chain of the entry point it takes down).
 */
class RulesAndAnalysisAgreeTest {
  /**
   * The availability rules, and the DNS rules that keep entry points on load balancers (an entry
   * point aliased to a one-zone NAT is TK-DNS-003's error, not an availability family's).
   */
  private static final Validator AVAILABILITY =
      Validator.builder().addPack(BuiltInRules.availability()).addPack(BuiltInRules.dns()).build();
  private static final Validator ALL = BuiltInRules.validator();

  /** Both generators: the rules helper's (wide) and the analysis helper's (with HA variants). */
  private static final Gen<Topology> TOPOLOGIES =
      TopologyGen.topologies().mix(AnalysisTopologyGen.arbitrary()).mix(AnalysisTopologyGen.highlyAvailable());

  @Test
  void whereTheAvailabilityRulesSeeNoErrorEveryZoneCanFail() {
    // Most generated topologies break some availability rule; allow enough attempts to find 150 that do not.
    qt().withExamples(150).withGenerateAttempts(50_000)
        .forAll(AnalysisTopologyGen.highlyAvailable().mix(TOPOLOGIES, 30))
        .assuming(t -> t.zones().size() >= 2 && !AVAILABILITY.validate(t).hasErrors())
        .checkAssert(t -> {
          // An entry point that does not answer even with every zone up is not a zone failure's doing.
          Set<String> servedNormally = ZoneFailure.analyze(t, Set.of()).entryPoints().stream()
              .filter(EntryPointOutcome::served).map(EntryPointOutcome::name).collect(Collectors.toSet());
          for (Outage o : ZoneFailure.everySingleZone(t)) {
            if (servedNormally.isEmpty()) {
              break;
            }
            assertThat(o.unavailableEntryPoints())
                .as("zones %s fail in %s although the availability rules found no error", o.failedZones(), t.name())
                .extracting(EntryPointOutcome::name)
                .doesNotContainAnyElementsOf(servedNormally);
          }
        });
  }

  @Test
  void everySinglePointOfFailureIsFlaggedByARule() {
    qt().withExamples(400)
        .forAll(TOPOLOGIES)
        .checkAssert(t -> {
          ValidationResult result = ALL.validate(t);
          List<ResourcePath> flagged = result.findings().stream()
              .filter(f -> f.severity() != Severity.INFO)
              .map(Finding::resource)
              .collect(Collectors.toList());
          TopologyGraph graph = TopologyGraph.of(t);
          for (SinglePointOfFailure spof : SinglePointsOfFailure.of(t)) {
            if (!spof.affectsEntryPoints()) {
              continue;
            }
            // The rule may name the resource itself, or another link of the chain it breaks (a
            // load balancer that meets its servers in one zone is flagged on the load balancer).
            Set<ResourcePath> chain = new HashSet<>();
            chain.add(ResourcePath.of(t, spof.resource()));
            chain.add(ResourcePath.zones()); // a one-zone topology is flagged as such
            t.dnsZones().forEach(z -> z.records().forEach(r -> {
              if (spof.entryPointsLost().contains(DnsZone.normalize(r.name()))) {
                chain.add(ResourcePath.dnsRecord(z, r)); // e.g. an alias to something that cannot be aliased
              }
            }));
            for (Node entry : graph.entryPoints()) {
              if (spof.entryPointsLost().contains(entry.name())) {
                graph.reachableFrom(entry, EnumSet.of(FlowKind.TRAFFIC)).stream()
                    .filter(n -> t.resources().containsKey(n.name()))
                    .forEach(n -> chain.add(ResourcePath.of(t, n.name())));
              }
            }
            assertThat(flagged)
                .as("single point of failure %s", spof.summary())
                .containsAnyElementsOf(chain);
          }
        });
  }
}
