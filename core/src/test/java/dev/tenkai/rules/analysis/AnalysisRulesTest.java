package dev.tenkai.rules.analysis;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.violations;
import static dev.tenkai.rules.RuleTesting.withLb;
import static dev.tenkai.rules.RuleTesting.withWeb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableServiceProfile;
import dev.tenkai.model.RestartPolicy;
import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.ExitCode;
import dev.tenkai.rules.BuiltInRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis rules report what the analyses show, with the analyses' own numbers. */
class AnalysisRulesTest {
  @Test
  void theModernReferenceBreaksNoGuarantee() {
    for (var rule : BuiltInRules.analysis().rules()) {
      assertThat(violations(rule, modern())).as(rule.info().id()).isEmpty();
    }
  }

  @Test
  void anEntryPointOnAnInternalLoadBalancerIsDownWithNothingFailed() {
    Topology t = withLb(modern(), lb -> lb.withInternetFacing(false));
    assertThat(violations(new EntryPointDownWithNothingFailed(), t))
        .extracting(v -> v.resource() + " " + v.message())
        .contains("dnsZones[example.jp].records[www.example.jp CNAME] entry point www.example.jp answers nothing with"
            + " every zone up: www.example.jp -> web-lb: an internal load balancer: only hosts inside the network reach it");
    assertThat(ExitCode.of(BuiltInRules.validator().validate(t), false)).isEqualTo(ExitCode.ERRORS);
  }

  @Test
  void capacityCountsOnlyServersTheLoadBalancerReaches() {
    Topology t = withLb(
        withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 2, "c", 2)).withMinimumInService(3)),
        lb -> lb.withZones(List.of("a")));
    assertThat(messages(new CapacityShortWithNothingFailed(), t))
        .containsExactly("server group web has 2 of its 4 servers reachable with every zone up (reached in zones [a]),"
            + " below its minimumInService of 3");
  }

  @Test
  void aZoneLossThatTakesAnEntryPointDownIsAnError() {
    Topology t = withWeb(modern(), g -> g.withCountPerZone(Map.of("a", 2)));
    assertThat(messages(new ZoneLossTakesEntryPointDown(), t))
        .contains("entry point www.example.jp stops answering when zone a fails: www.example.jp -> web-lb -> web:"
            + " no server left in surviving zones");
  }

  @Test
  void pairsAreCheckedOnlyWhenTheServiceClaimsToSurviveTwoZones() {
    Topology claim = dev.tenkai.model.ImmutableTopology.copyOf(modern())
        .withService(ImmutableServiceProfile.copyOf(modern().service()).withZoneLossesTolerated(2));
    assertThat(violations(new ZoneLossTakesEntryPointDown(), modern())).isEmpty();
    assertThat(messages(new ZoneLossTakesEntryPointDown(), claim))
        .anyMatch(m -> m.startsWith("entry point www.example.jp stops answering when zones a, c fail:"));
  }

  @Test
  void aRestartBelowTheNeedIsAnErrorWithTheTimelinesNumbers() {
    Topology t = withWeb(modern(), g -> g.withMinimumInService(4).withRestartPolicy(RestartPolicy.batchesOf(1)));
    assertThat(messages(new RestartBelowNeed(), t))
        .containsExactly("restart policy batches of 1 keeps 3 of 4 reachable servers of web in service for 1m20s,"
            + " below its minimumInService of 4");
    assertThat(ExitCode.of(BuiltInRules.validator().validate(t), false)).isEqualTo(ExitCode.ERRORS);
  }
}
