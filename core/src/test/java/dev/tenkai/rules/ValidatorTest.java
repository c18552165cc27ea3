package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** A user's own rule, written against the public API only. */
  @RuleInfo(
      id = "ACME-001",
      severity = Severity.WARNING,
      summary = "Web servers run at least three per zone",
      rationale = "Our SRE handbook, section 4.",
      remediation = "Raise countPerZone to 3.")
  static final class ThreePerZone implements Rule {
    @Override
    public List<Violation> check(RuleContext context) {
      List<Violation> out = new ArrayList<>();
      for (ServerGroup g : context.topology().serverGroups()) {
        for (String zone : context.topology().zonesOf(g.name())) {
          if (g.countIn(zone) < 3) {
            out.add(Violation.at(ResourcePath.serverGroup(g.name()), "%s has %d servers in zone %s", g.name(),
                g.countIn(zone), zone));
          }
        }
      }
      return out;
    }
  }

  static final class Unannotated implements Rule {
    @Override
    public List<Violation> check(RuleContext context) {
      return List.of();
    }
  }

  @RuleInfo(id = "ACME-666", severity = Severity.ERROR, summary = "s", rationale = "r", remediation = "f")
  static final class Broken implements Rule {
    @Override
    public List<Violation> check(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  private static final Topology MODERN =
      // Still on MySQL 8.0 (past its end of life): exactly one warning, TK-OPS-003, to work with.
      dev.tenkai.model.ImmutableTopology.copyOf(ReferenceTopologies.modern()).withDatabases(
          dev.tenkai.model.ImmutableDatabase.copyOf(ReferenceTopologies.modern().databases().get(0)).withVersion("8.0"));

  @Test
  void aCustomRuleRunsBesideTheBuiltInPackWithItsOwnMetadata() {
    Validator v = Validator.builder()
        .addPack(BuiltInRules.all())
        .addPack(RulePack.of("acme", List.of(new ThreePerZone())))
        .build();
    ValidationResult r = v.validate(MODERN);
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("ACME-001"))
        .extracting(Finding::message, Finding::remediation, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("web has 2 servers in zone a", "Raise countPerZone to 3.", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("web has 2 servers in zone c", "Raise countPerZone to 3.", Severity.WARNING));
    assertThat(v.rules()).hasSize(BuiltInRules.all().rules().size() + 1);
  }

  @Test
  void severityCanBeChangedPerRule() {
    ValidationResult r = Validator.builder()
        .addPack(BuiltInRules.all())
        .severity("TK-OPS-003", Severity.ERROR)
        .build()
        .validate(MODERN);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.active(Severity.ERROR)).extracting(Finding::ruleId).containsExactly("TK-OPS-003");
  }

  @Test
  void choosingPacksChoosesWhatRuns() {
    ValidationResult onlySecurity = Validator.builder().addPack(BuiltInRules.security()).build()
        .validate(ReferenceTopologies.of2012());
    assertThat(onlySecurity.findings()).extracting(Finding::ruleId).containsExactly("TK-SEC-006");
    ValidationResult withoutOps = Validator.builder().addPack(BuiltInRules.all().without("TK-OPS-003")).build()
        .validate(MODERN);
    assertThat(withoutOps.findings()).isEmpty();
  }

  @Test
  void suppressedFindingsStayInTheResultWithTheirReason() {
    ValidationResult r = Validator.builder()
        .addPack(BuiltInRules.all())
        .suppress("TK-OPS-003", "databases[db]", "upgrade to 8.4 planned for the January window")
        .build()
        .validate(MODERN);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.suppressed()).isTrue();
      assertThat(f.suppressedBecause()).contains("upgrade to 8.4 planned for the January window");
    });
    assertThat(r.active()).isEmpty();
    assertThat(r.hasWarnings()).isFalse();
    assertThat(r.unusedSuppressions()).isEmpty();
  }

  @Test
  void aSuppressionCoversOnlyItsResource() {
    ValidationResult r = Validator.builder()
        .addPack(BuiltInRules.all())
        .suppress("TK-OPS-003", "databases[other]", "not this one")
        .build()
        .validate(MODERN);
    assertThat(r.active()).extracting(Finding::ruleId).containsExactly("TK-OPS-003");
    assertThat(r.unusedSuppressions()).extracting(s -> s.resource().toString()).containsExactly("databases[other]");
  }

  @Test
  void aSuppressionWithoutAReasonIsAnError() {
    assertThatThrownBy(() -> Validator.builder().addPack(BuiltInRules.all()).suppress("TK-OPS-003", "databases[db]", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suppression of TK-OPS-003 on databases[db] needs a written reason");
  }

  @Test
  void unknownRulesAreRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> Validator.builder().addPack(BuiltInRules.cache()).severity("TK-NOPE-001", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("severity set for unknown rule 'TK-NOPE-001'; known rules: [TK-CACHE-001]");
    assertThatThrownBy(() -> Validator.builder().addPack(BuiltInRules.cache()).suppress("TK-X", "caches[c]", "why").build())
        .hasMessageContaining("suppression of unknown rule 'TK-X'");
    assertThatThrownBy(() -> BuiltInRules.cache().without("TK-X"))
        .hasMessage("rule 'TK-X' is not in pack cache; its rules are [TK-CACHE-001]");
  }

  @Test
  void aRuleInTwoPacksIsRejected() {
    assertThatThrownBy(() -> Validator.builder().addPack(BuiltInRules.all()).addPack(BuiltInRules.cache()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule TK-CACHE-001 is in more than one of the packs [tenkai, cache]");
  }

  @Test
  void aRuleWithoutMetadataOrThatFailsIsNamed() {
    assertThatThrownBy(() -> RulePack.of("x", List.of(new Unannotated())))
        .hasMessageContaining("has no @RuleInfo annotation");
    Validator v = Validator.builder().addPack(RulePack.of("x", List.of(new Broken()))).build();
    assertThatThrownBy(() -> v.validate(MODERN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule ACME-666")
        .hasMessageContaining("boom");
  }

  @Test
  void findingsComeMostSevereFirst() {
    ValidationResult r = BuiltInRules.validator().validate(ReferenceTopologies.of2012());
    assertThat(r.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
  }

  @Test
  void aRetiredRuleIdCarriesItsSeverityAndSuppressionsOverToItsSuccessor() {
    Topology t = ReferenceTopologies.modern();
    RulePack mine = RulePack.of("acme", List.of()).retiring("ACME-000", "ACME-001");
    ValidationResult r = Validator.builder()
        .addPack(RulePack.of("acme-new", List.of(new ThreePerZone())))
        .addPack(mine)
        .severity("ACME-000", Severity.ERROR)
        .suppress("ACME-000", "serverGroups[web]", "two per zone is our standard now")
        .build()
        .validate(t);
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("ACME-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.suppressedBecause()).contains("two per zone is our standard now");
    });
  }

  @Test
  void aPackCannotRetireAnIdItStillUsesNorRetireOneTwice() {
    RulePack pack = RulePack.of("acme", List.of(new ThreePerZone()));
    assertThatThrownBy(() -> pack.retiring("ACME-001", "TK-NET-003"))
        .hasMessage("rule id ACME-001 of pack acme is both in use and retired");
    assertThatThrownBy(() -> pack.retiring("ACME-000", "X").retiring("ACME-000", "Y"))
        .hasMessage("rule id ACME-000 of pack acme is retired twice");
    assertThat(pack.retiring("ACME-000", "X").without("ACME-001").retired()).containsEntry("ACME-000", "X");
  }
}
