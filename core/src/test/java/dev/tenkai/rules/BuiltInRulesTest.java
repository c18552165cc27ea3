package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.Topology;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {
  private static final Pattern ID = Pattern.compile("TK-(AVAIL|ANA|LB|DNS|NET|SEC|OPS|CACHE)-\\d{3}");

  private static Set<String> ruleIds(ValidationResult r) {
    return r.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Test
  void theModernReferenceValidatesClean() {
    ValidationResult r = BuiltInRules.validator().validate(ReferenceTopologies.modern());
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void the2012VariantShowsExactlyTheFindingsItsChoicesDeserve() {
    ValidationResult r = BuiltInRules.validator().validate(ReferenceTopologies.of2012());
    assertThat(ruleIds(r))
        .containsExactly(
            "TK-SEC-006", // plain HTTP only, while the service declares confidential data
            "TK-AVAIL-005", // one NAT instance in zone a serves zone c too
            "TK-OPS-003"); // MySQL 5.5
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void seedPitfallsRaiseEachPlantedMistake() {
    ValidationResult r = BuiltInRules.validator().validate(SeedPitfallTopologies.pitfalls());
    assertThat(r.findings())
        .extracting(f -> f.ruleId() + " " + f.resource())
        .containsExactlyInAnyOrder(
            "TK-LB-001 loadBalancers[web-lb]", // stickiness, one backend per zone
            "TK-LB-003 serverGroups[web]", // every backend restarted at once
            "TK-LB-004 loadBalancers[web-lb]", // declared dead after 10 s, boot takes 20 s
            "TK-DNS-001 dnsZones[example.jp].records[example.jp CNAME]", // CNAME at the apex
            "TK-AVAIL-005 egress.nats[nat]", // a single NAT instance
            "TK-CACHE-001 caches[cache]", // memcached asked for 60 days
            "TK-AVAIL-004 caches[cache]", // memcached not replicated across zones
            "TK-OPS-001 serverGroups[web]"); // t2.micro under steady load
  }

  @Test
  void aTopologyReadBackFromJsonGivesTheSameFindingsInTheSameOrder() {
    for (Topology t : List.of(ReferenceTopologies.modern(), ReferenceTopologies.of2012(), SeedPitfallTopologies.pitfalls())) {
      assertThat(BuiltInRules.validator().validate(TopologyJson.read(TopologyJson.write(t))).findings())
          .containsExactlyElementsOf(BuiltInRules.validator().validate(t).findings());
    }
  }

  @Test
  void everyRuleHasAWellFormedUniqueIdAndCompleteMetadata() {
    RulePack all = BuiltInRules.all();
    assertThat(all.rules()).hasSizeGreaterThanOrEqualTo(29);
    assertThat(Set.copyOf(all.ruleIds())).hasSameSizeAs(all.ruleIds());
    for (Rule rule : all.rules()) {
      RuleInfo info = rule.info();
      assertThat(info.id()).as(rule.getClass().getName()).matches(ID);
      assertThat(List.of(info.summary(), info.rationale(), info.remediation())).as(info.id()).allMatch(s -> !s.isBlank());
      String family = info.id().split("-")[1];
      String pkg = rule.getClass().getPackageName();
      assertThat(pkg).as(info.id()).endsWith("." + packageOf(family));
    }
  }

  @Test
  void theFamiliesPartitionTheDefaultPack() {
    List<String> fromFamilies = BuiltInRules.families().stream()
        .flatMap(p -> p.ruleIds().stream()).collect(Collectors.toList());
    assertThat(fromFamilies).isEqualTo(BuiltInRules.all().ruleIds());
    assertThat(BuiltInRules.pack("security")).get().extracting(RulePack::name).isEqualTo("security");
    assertThat(BuiltInRules.pack("tenkai")).get().extracting(p -> p.rules().size()).isEqualTo(fromFamilies.size());
    assertThat(BuiltInRules.pack("nope")).isEmpty();
  }

  private static String packageOf(String family) {
    switch (family) {
      case "AVAIL":
        return "availability";
      case "ANA":
        return "analysis";
      case "LB":
        return "balancing";
      case "DNS":
        return "dns";
      case "NET":
        return "network";
      case "SEC":
        return "security";
      case "OPS":
        return "operations";
      default:
        return "cache";
    }
  }
}
