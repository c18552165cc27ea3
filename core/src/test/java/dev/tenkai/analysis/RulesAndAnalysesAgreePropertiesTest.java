package dev.tenkai.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.tenkai.fixtures.AgreementTopologyGen;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.ExitCode;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The search for disagreement between the rules, the analyses and a naive server-by-server count
 * ({@link ServerByServer}), over {@link AgreementTopologyGen}'s widened topologies.
 *
 * <p>{@value #DEFAULT_EXAMPLES} topologies per property in {@code verify}; the longer search runs
 * with {@code -Dtenkai.agreement.examples=20000} (see docs/analysis.md).
 */
class RulesAndAnalysesAgreePropertiesTest {
  static final int DEFAULT_EXAMPLES = 300;
  private static final int EXAMPLES = Integer.getInteger("tenkai.agreement.examples", DEFAULT_EXAMPLES);
  private static final Validator RULES = BuiltInRules.validator();
  private static final AtomicInteger CHECKED = new AtomicInteger();
  private static final AtomicInteger CLEAN = new AtomicInteger();
  private static final AtomicInteger FAILURES = new AtomicInteger();

  @AfterAll
  static void report() {
    System.out.printf("rules/analyses agreement: %d generated topologies checked, %d validated clean,"
        + " %d analysis failures each matched by a finding%n", CHECKED.get(), CLEAN.get(), FAILURES.get());
  }

  @Test
  void theAnalysesCountWhatTheNaiveServerByServerCountSees() {
    qt().withExamples(EXAMPLES).forAll(AgreementTopologyGen.topologies()).checkAssert(t -> {
      CHECKED.incrementAndGet();
      ZoneFailure zf = ZoneFailure.of(t);
      List<Outage> scenarios = new java.util.ArrayList<>(zf.everySingleZone());
      scenarios.add(zf.baseline());
      for (Outage o : scenarios) {
        for (ServerGroup g : t.serverGroups()) {
          assertThat(o.capacityOf(g.name()).left())
              .as("%s reachable after %s in %s", g.name(), o.scenario(), t)
              .isEqualTo(ServerByServer.capacity(t, g.name(), o.failedZones()));
        }
      }
      for (ServerGroup g : t.serverGroups()) {
        RestartTimeline r = RestartTimeline.of(t, g.name());
        assertThat(r.minimumCapacity())
            .as("restart minimum of %s (%s) in %s", g.name(), g.restartPolicy(), t)
            .isEqualTo(ServerByServer.restartMinimum(t, g.name()));
      }
    });
  }

  @Test
  void aTopologyThatValidatesCleanSurvivesEverySingleZoneAndEveryRestart() {
    qt().withExamples(EXAMPLES).forAll(AgreementTopologyGen.topologies()).checkAssert(t -> {
      CHECKED.incrementAndGet();
      if (RULES.validate(t).hasErrors()) {
        return;
      }
      CLEAN.incrementAndGet();
      assertThat(ZoneFailure.baseline(t).unavailableEntryPoints()).as("baseline of %s", t).isEmpty();
      for (Outage o : t.zones().size() > 1 ? ZoneFailure.everySingleZone(t) : List.<Outage>of()) {
        assertThat(o.unavailableEntryPoints()).as("%s in clean %s", o.scenario(), t).isEmpty();
        for (ServerGroup g : t.serverGroups()) {
          assertThat(ServerByServer.capacity(t, g.name(), o.failedZones()))
              .as("servers of %s reachable after %s in clean %s", g.name(), o.scenario(), t)
              .isGreaterThanOrEqualTo(g.minimumInService());
        }
      }
      for (ServerGroup g : t.serverGroups()) {
        assertThat(ServerByServer.restartMinimum(t, g.name()))
            .as("restart of %s in clean %s", g.name(), t)
            .isGreaterThanOrEqualTo(g.minimumInService());
      }
    });
    assertThat(CLEAN.get()).as("clean topologies among those generated").isPositive();
  }

  @Test
  void everyAnalysisFailureHasAFinding() {
    qt().withExamples(EXAMPLES).forAll(AgreementTopologyGen.topologies()).checkAssert(t -> {
      CHECKED.incrementAndGet();
      ValidationResult result = RULES.validate(t);
      boolean errorExpected = false;
      Outage baseline = ZoneFailure.baseline(t);
      for (EntryPointOutcome e : baseline.unavailableEntryPoints()) {
        expect(result, t, "TK-ANA-001", e.name());
        errorExpected = true;
      }
      for (ServerGroup g : t.serverGroups()) {
        if (ServerByServer.capacity(t, g.name(), Set.of()) < g.minimumInService()) {
          expect(result, t, "TK-ANA-002", ResourcePath.serverGroup(g.name()).toString());
          errorExpected = true;
        }
      }
      List<Outage> claimed = t.zones().size() < 2 ? List.of()
          : t.service().zoneLossesTolerated() >= 2
              ? concat(ZoneFailure.everySingleZone(t), ZoneFailure.everyPair(t))
              : ZoneFailure.everySingleZone(t);
      for (Outage o : claimed) {
        for (EntryPointOutcome e : o.unavailableEntryPoints()) {
          if (baseline.entryPoint(e.name()).served()) {
            expect(result, t, "TK-ANA-003", e.name());
            errorExpected = true;
          }
        }
        for (ServerGroup g : t.serverGroups()) {
          int left = ServerByServer.capacity(t, g.name(), o.failedZones());
          if (left < g.minimumInService() && ServerByServer.capacity(t, g.name(), Set.of()) >= g.minimumInService()) {
            expect(result, t, "TK-AVAIL-007", ResourcePath.serverGroup(g.name()).toString());
            errorExpected = true;
          }
        }
        for (CacheOutcome c : o.caches()) {
          if (c.dataLostShare() > 0) {
            expect(result, t, "TK-AVAIL-004", ResourcePath.cache(c.name()).toString());
          }
        }
      }
      for (ServerGroup g : t.serverGroups()) {
        if (ServerByServer.restartMinimum(t, g.name()) < g.minimumInService()) {
          boolean found = has(result, "TK-ANA-004", ResourcePath.serverGroup(g.name()).toString())
              || has(result, "TK-LB-003", ResourcePath.serverGroup(g.name()).toString());
          assertThat(found).as("restart of %s below need without TK-ANA-004/TK-LB-003 in %s: %s", g.name(), t,
              result.findings()).isTrue();
          FAILURES.incrementAndGet();
          errorExpected = true;
        }
      }
      if (errorExpected) {
        assertThat(ExitCode.of(result, false)).as("exit code of %s", t).isEqualTo(ExitCode.ERRORS);
      }
    });
  }

  private static List<Outage> concat(List<Outage> a, List<Outage> b) {
    List<Outage> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** A finding of {@code rule} whose resource or message names {@code what}. */
  private static void expect(ValidationResult result, Topology t, String rule, String what) {
    FAILURES.incrementAndGet();
    assertThat(has(result, rule, what)).as("%s on %s in %s: %s", rule, what, t, result.findings()).isTrue();
  }

  private static boolean has(ValidationResult result, String rule, String what) {
    for (Finding f : result.findings()) {
      if (f.ruleId().equals(rule) && f.severity() != Severity.INFO
          && (String.valueOf(f.resource()).equals(what) || f.message().contains(what))) {
        return true;
      }
    }
    return false;
  }
}
