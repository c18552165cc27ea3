package dev.tenkai.aws.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.ImmutableLoadBalancer;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pack as a whole: its catalogue, and what it says of the two reference deployments. */
class AwsRulesTest {
  private final Validator validator = Validator.builder().addPack(AwsRules.pack()).build();

  @Test
  void theModernReferenceHasNoErrors() {
    ValidationResult result = validator.validate(ReferenceTopologies.modern());
    assertThat(result.hasErrors()).as("errors: %s", result.active(Severity.ERROR)).isFalse();
    assertThat(result.active()).isEmpty();
  }

  @Test
  void the2012ReferenceRaisesExactlyTheEraFindings() {
    ValidationResult result = validator.validate(ReferenceTopologies.of2012());
    // MySQL 5.5 and db.m1.small are no longer offered, the classic ELB is not built by this
    // provider, and m1.small / c1.medium are of the previous generation.
    Set<String> ids = result.active().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    assertThat(ids)
        .containsExactly("AWS-016", "AWS-019", "AWS-020", "AWS-022");
    assertThat(result.active(Severity.ERROR))
        .extracting(Finding::toString)
        .containsExactlyInAnyOrder(
            "ERROR AWS-016 databases[db]: RDS no longer offers MySQL 5.5 (offered majors: 5.7, 8.0, 8.4)",
            "ERROR AWS-019 databases[db]: RDS no longer offers instance class 'db.m1.small' (family m1);"
                + " current families include m7g, r7g, t4g",
            "ERROR AWS-022 loadBalancers[web-lb]: load balancer 'web-lb' is a classic load balancer;"
                + " the AWS provider creates application load balancers only");
    assertThat(result.active(Severity.WARNING))
        .extracting(f -> f.resource().toString())
        .containsExactly("egress.nats[nat]", "bastion", "serverGroups[web]", "caches[cache]");
  }

  @Test
  void aValidatorWithThePackRefusesAOneZoneAlb() {
    Topology t = ReferenceTopologies.modern();
    Topology oneZone =
        ImmutableTopology.copyOf(t)
            .withLoadBalancers(ImmutableLoadBalancer.copyOf(t.loadBalancers().get(0)).withZones("a"));
    ValidationResult result = validator.validate(oneZone);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.active(Severity.ERROR)).extracting(Finding::ruleId).containsExactly("AWS-007");
  }

  @Test
  void thePackIsCalledAwsAndNumbersItsRulesWithoutGapsCountingRetiredIds() {
    RulePack pack = AwsRules.pack();
    assertThat(pack.name()).isEqualTo("aws");
    List<String> ids = pack.rules().stream().map(r -> r.info().id()).toList();
    Set<String> all = new TreeSet<>(ids);
    all.addAll(pack.retired().keySet());
    assertThat(List.copyOf(all))
        .isEqualTo(IntStream.rangeClosed(1, all.size()).mapToObj(i -> String.format("AWS-%03d", i)).toList());
    assertThat(ids).isSortedAccordingTo(String::compareTo);
    assertThat(pack.retired()).containsOnlyKeys("AWS-015", "AWS-025");
  }

  @Test
  void withTheBuiltInRulesEachFoldedProblemIsReportedOnceAndOldSuppressionsCarryOver() {
    Topology t = ReferenceTopologies.modern();
    Topology tooManyIps = ImmutableTopology.copyOf(t)
        .withAccount(dev.tenkai.model.ImmutableAccountLimits.copyOf(dev.tenkai.model.AccountLimits.defaults()).withElasticIpQuota(1));
    Validator both = Validator.builder()
        .addPacks(dev.tenkai.rules.BuiltInRules.validator().packs())
        .addPack(AwsRules.pack())
        .suppress("AWS-015", "account", "quota raised to 10 on 2026-11-01")
        .build();
    ValidationResult result = both.validate(tooManyIps);
    assertThat(result.findings()).filteredOn(f -> f.message().contains("Elastic IP"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("TK-NET-003");
          assertThat(f.suppressedBecause()).contains("quota raised to 10 on 2026-11-01");
        });
  }

  @Test
  void everyFindingOfThePackOnGeneratedTopologiesNamesARealElement() {
    org.quicktheories.QuickTheory.qt().withExamples(300).forAll(dev.tenkai.fixtures.TopologyGen.topologies())
        .checkAssert(t -> assertThat(validator.validate(t).findings())
            .allSatisfy(f -> assertThat(f.resource().resolvesIn(t)).as("%s", f).isTrue()));
  }

  @Test
  void aSuppressionOfARetiredRuleWithoutItsSuccessorSaysWhereTheProblemWent() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Validator.builder().addPack(AwsRules.pack()).suppress("AWS-025", "dnsZones[x]", "why").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suppression of rule 'AWS-025', which was folded into TK-DNS-003");
  }

  @Test
  void everyRuleDocumentsItself() {
    for (Rule rule : AwsRules.all()) {
      RuleInfo info = rule.info();
      assertThat(info.summary()).as(info.id()).isNotBlank().doesNotEndWith(".");
      assertThat(info.rationale()).as(info.id()).hasSizeGreaterThan(80);
      assertThat(info.remediation()).as(info.id()).isNotBlank();
    }
  }

  @Test
  void everyRuleClassOfThePackageIsInThePack() throws IOException, URISyntaxException {
    Path classes = Path.of(AwsRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve(AwsRules.class.getPackageName().replace('.', '/'));
    Set<String> ruleClasses = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.contains("$")) {
          continue;
        }
        String name = AwsRules.class.getPackageName() + "." + file.substring(0, file.length() - ".class".length());
        try {
          Class<?> c = Class.forName(name);
          if (Rule.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
            ruleClasses.add(c.getSimpleName());
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
      }
    }
    Set<String> inPack =
        AwsRules.all().stream().map(r -> r.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(inPack).isEqualTo(ruleClasses);
  }
}
