package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.modern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Strings;
import dev.tenkai.aws.cloudformation.CloudFormationTemplate;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.Database;
import dev.tenkai.model.ImmutableCache;
import dev.tenkai.model.ImmutableDatabase;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.Violation;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The derived AWS names, and that the mapping, the CloudFormation export and the rule pack use the same ones. */
class AwsNamesTest {
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  @Test
  void derivesTheReferencesNames() {
    Topology t = modern();
    assertThat(AwsNames.loadBalancer(t, t.loadBalancers().get(0))).isEqualTo("reference-web-lb");
    assertThat(AwsNames.targetGroup(t, t.loadBalancers().get(0))).isEqualTo("reference-web-lb");
    assertThat(AwsNames.dbInstance(t, t.databases().get(0))).isEqualTo("reference-db");
    assertThat(AwsNames.dbSubnetGroup(t, t.databases().get(0))).isEqualTo("reference-db");
    assertThat(AwsNames.cacheCluster(t, t.caches().get(0))).isEqualTo("reference-cache");
    assertThat(AwsNames.cacheSubnetGroup(t, t.caches().get(0))).isEqualTo("reference-cache");
    assertThat(AwsNames.securityGroup(t, "web")).isEqualTo("reference-web");
  }

  @Test
  void aLongNameIsCutAndEndsWithAStableHash() {
    String name = AwsNames.shortened("a-very-long-topology-name-indeed", "web-lb", AwsNames.ELB_MAX);
    assertThat(name).hasSize(32).startsWith("a-very-long-topology-name").matches(".*-[0-9a-f]{6}");
    // Two names that share the first 25 characters stay apart.
    assertThat(AwsNames.shortened("a-very-long-topology-name-indeed", "api-lb", AwsNames.ELB_MAX)).isNotEqualTo(name);
  }

  @Test
  void shortenedNamesStayWithinTheLimitAndStable() {
    qt().forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 80), integers().between(8, 64))
        .checkAssert((suffix, max) -> {
          String n = AwsNames.shortened("reference", suffix, max);
          assertThat(n.length()).isLessThanOrEqualTo(max);
          assertThat(n).matches("[a-z0-9-]+").doesNotEndWith("-");
          assertThat(AwsNames.shortened("reference", suffix, max)).isEqualTo(n);
        });
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

  @Test
  void mappingExportAndRulePackUseTheSameNames() {
    qt().withExamples(60).forAll(topologyNames(), integers().between(0, 1))
        .checkAssert((name, which) -> {
          Topology base = which == 0 ? ReferenceTopologies.modern() : ReferenceTopologies.of2012();
          Topology t = ImmutableTopology.copyOf(base).withName(name);
          CloudFormationTemplate template = CloudFormationTemplate.of(t);
          DesiredStack mapped = template.stack();
          for (LoadBalancer lb : t.loadBalancers()) {
            String lbId = "load-balancer/" + lb.name();
            String tgId = "target-group/" + lb.name();
            same(template, mapped, lbId, "name", "Name", AwsNames.loadBalancer(t, lb));
            same(template, mapped, tgId, "name", "Name", AwsNames.targetGroup(t, lb));
            assertThat(AwsNames.loadBalancer(t, lb)).hasSizeLessThanOrEqualTo(AwsNames.ELB_MAX);
            checkedByRule(new LoadBalancerName(), t, IdentifierShape.elb(AwsNames.ELB_MAX), AwsNames.loadBalancer(t, lb));
            checkedByRule(new TargetGroupName(), t, IdentifierShape.targetGroup(AwsNames.ELB_MAX), AwsNames.targetGroup(t, lb));
          }
          for (Database db : t.databases()) {
            same(template, mapped, "db-instance/" + db.name(), "identifier", "DBInstanceIdentifier", AwsNames.dbInstance(t, db));
            same(template, mapped, "db-subnet-group/" + db.name(), "name", "DBSubnetGroupName", AwsNames.dbSubnetGroup(t, db));
            assertThat(AwsNames.dbInstance(t, db)).hasSizeLessThanOrEqualTo(AwsNames.DB_INSTANCE_MAX);
            checkedByRule(new DbInstanceIdentifier(), t, IdentifierShape.dbStyle(AwsNames.DB_INSTANCE_MAX), AwsNames.dbInstance(t, db));
          }
          for (Cache c : t.caches()) {
            if (c.hosting() != CacheHosting.MANAGED) {
              continue;
            }
            String id = mapped.get("replication-group/" + c.name()).isPresent() ? "replication-group/" + c.name() : "cache-cluster/" + c.name();
            String cfnName = id.startsWith("replication") ? "ReplicationGroupId" : "ClusterName";
            same(template, mapped, id, "id", cfnName, AwsNames.cacheCluster(t, c));
            same(template, mapped, "cache-subnet-group/" + c.name(), "name", "CacheSubnetGroupName", AwsNames.cacheSubnetGroup(t, c));
            checkedByRule(new CacheClusterIdentifier(), t, IdentifierShape.dbStyle(AwsNames.CACHE_ID_MAX), AwsNames.cacheCluster(t, c));
          }
          mapped.resources().values().stream()
              .filter(r -> r.logicalId().startsWith("security-group/"))
              .forEach(r -> same(template, mapped, r.logicalId(), "groupName", "GroupName",
                  AwsNames.securityGroup(t, r.logicalId().substring("security-group/".length()))));
        });
  }

  /** Topology names the model accepts, up to its 63 characters: most make names that must be shortened. */
  private static Gen<String> topologyNames() {
    Gen<String> tail = strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 62);
    return tail.zip(integers().between(0, 61), (s, cut) -> {
      String n = "t" + s;
      // Put a hyphen somewhere, sometimes at the end, so hyphen rules get exercised too.
      int at = Math.min(cut, n.length() - 1) + 1;
      return n.substring(0, at) + (n.length() < 63 ? "-" : "") + n.substring(at);
    }).map(n -> n.length() > 63 ? n.substring(0, 63) : n);
  }

  private static void same(CloudFormationTemplate template, DesiredStack mapped, String logicalId, String property, String cfnProperty, String expected) {
    assertThat(mapped.get(logicalId)).as("mapped %s", logicalId).isPresent();
    assertThat(mapped.get(logicalId).get().property(property)).as("mapping's %s of %s", property, logicalId).isEqualTo(expected);
    JsonNode resource = template.tree().path("Resources").path(template.logicalIds().of(logicalId));
    assertThat(resource.path("Properties").path(cfnProperty).asText()).as("export's %s of %s", cfnProperty, logicalId).isEqualTo(expected);
  }

  /**
   * The rule quotes exactly the derived names that break its shape: the names it checks are the
   * names the mapping uses (not some other derivation, like the old {@code <topology>-<lb>-tg}).
   */
  private static void checkedByRule(Rule rule, Topology t, IdentifierShape shape, String expected) {
    Set<String> quoted = new TreeSet<>();
    for (Violation v : rule.check(RuleContext.of(t))) {
      Matcher m = QUOTED.matcher(v.toString());
      assertThat(m.find()).as("%s names the AWS name in %s", rule.getClass().getSimpleName(), v).isTrue();
      quoted.add(m.group(1));
    }
    boolean broken = !shape.problems(expected).isEmpty() || (rule instanceof LoadBalancerName && expected.startsWith("internal-"));
    assertThat(quoted).as("%s on %s", rule.getClass().getSimpleName(), expected).isEqualTo(broken ? Set.of(expected) : Set.of());
  }
}
