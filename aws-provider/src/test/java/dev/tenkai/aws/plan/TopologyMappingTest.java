package dev.tenkai.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyMappingTest {
  private static final ZoneMap TOKYO = ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c"));
  private static final AwsOptions OPTIONS = LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build();

  private static DesiredStack map(Topology t) {
    return TopologyMapping.map(t, TOKYO, OPTIONS);
  }

  @Test
  void theModernReferenceHasOneSubnetPerTierPerZoneInItsZone() {
    DesiredStack s = map(ReferenceTopologies.modern());
    assertThat(s.resources().values()).filteredOn(r -> r.kind() == AwsKind.SUBNET)
        .extracting(r -> r.logicalId() + "@" + r.property("availabilityZone"))
        .containsExactlyInAnyOrder("subnet/public/a@ap-northeast-1a", "subnet/public/c@ap-northeast-1c",
            "subnet/private/a@ap-northeast-1a", "subnet/private/c@ap-northeast-1c");
  }

  @Test
  void privateRoutesGoToTheNatOfTheirOwnZone() {
    DesiredStack s = map(ReferenceTopologies.modern());
    assertThat(s.get("route-table/private/a").orElseThrow().property("defaultRoute")).isEqualTo("nat-gateway/nat-a");
    assertThat(s.get("route-table/private/c").orElseThrow().property("defaultRoute")).isEqualTo("nat-gateway/nat-c");
    assertThat(s.get("route-table/public").orElseThrow().property("defaultRoute")).isEqualTo("internet-gateway");
    assertThat(s.get("route-table/private/a").orElseThrow().dependencies()).contains("nat-gateway/nat-a", "subnet/private/a");
  }

  @Test
  void securityGroupRulesReferenceGroupsAndAreNeverWiderThanTheModel() {
    DesiredStack s = map(ReferenceTopologies.modern());
    assertThat(s.get("ingress/web").orElseThrow().property("rules"))
        .isEqualTo("tcp:22-22<-security-group/bastion;tcp:80-80<-security-group/web-lb");
    assertThat(s.get("ingress/db").orElseThrow().property("rules")).isEqualTo("tcp:3306-3306<-security-group/web");
    assertThat(s.get("ingress/web-lb").orElseThrow().property("rules")).isEqualTo("tcp:443-443<-0.0.0.0/0;tcp:80-80<-0.0.0.0/0");
    assertThat(s.get("ingress/web").orElseThrow().dependencies()).contains("security-group/bastion", "security-group/web-lb");
  }

  @Test
  void serversArePlacedPerZoneExactlyAsModelledAndRegisteredAsTargets() {
    DesiredStack s = map(ReferenceTopologies.modern());
    assertThat(s.resources().keySet()).filteredOn(k -> k.startsWith("instance/web/"))
        .containsExactlyInAnyOrder("instance/web/a/1", "instance/web/a/2", "instance/web/c/1", "instance/web/c/2");
    assertThat(s.get("instance/web/c/2").orElseThrow().property("subnet")).isEqualTo("subnet/private/c");
    assertThat(s.get("target-group/web-lb").orElseThrow().property("targets"))
        .isEqualTo("instance/web/a/1,instance/web/a/2,instance/web/c/1,instance/web/c/2");
    assertThat(s.get("load-balancer/web-lb").orElseThrow().property("subnets")).isEqualTo("subnet/public/a,subnet/public/c");
  }

  @Test
  void theDatabaseIsMultiAzPrivateEncryptedWithItsSubnetGroupOverEveryZoneOfTheTier() {
    DesiredStack s = map(ReferenceTopologies.modern());
    DesiredResource db = s.get("db-instance/db").orElseThrow();
    assertThat(db.properties()).containsEntry("multiAz", "true").containsEntry("publiclyAccessible", "false")
        .containsEntry("storageEncrypted", "true").containsEntry("manageMasterUserPassword", "true")
        .containsEntry("maintenanceWindow", "mon:19:00-mon:20:00").doesNotContainKey("availabilityZone");
    assertThat(s.get("db-subnet-group/db").orElseThrow().property("subnets")).isEqualTo("subnet/private/a,subnet/private/c");
  }

  @Test
  void theApexIsAnAliasAndTheSubDomainACnameToTheLoadBalancer() {
    DesiredStack s = map(ReferenceTopologies.modern());
    assertThat(s.get("dns-record/example.jp/A").orElseThrow().properties())
        .containsEntry("aliasTarget", "load-balancer/web-lb").doesNotContainKey("ttl");
    assertThat(s.get("dns-record/www.example.jp/CNAME").orElseThrow().properties())
        .containsEntry("valueOf", "load-balancer/web-lb").containsEntry("ttl", "300");
  }

  @Test
  void theSeedsEraChoicesMapToAnAlbANatInstanceAndCacheHosts() {
    DesiredStack s = map(ReferenceTopologies.of2012());
    assertThat(s.notes()).anySatisfy(n -> assertThat(n).contains("classic").contains("application load balancer"));
    DesiredResource nat = s.get("instance/nat").orElseThrow();
    assertThat(nat.property("sourceDestCheck")).isEqualTo("false");
    assertThat(nat.property("userData")).contains("MASQUERADE");
    assertThat(s.get("eip/nat").orElseThrow().property("instance")).isEqualTo("instance/nat");
    assertThat(s.get("route-table/private/c").orElseThrow().property("defaultRoute")).isEqualTo("instance/nat");
    assertThat(s.resources().keySet()).contains("instance/cache/a/1", "instance/cache/c/1")
        .noneMatch(k -> k.startsWith("replication-group/") || k.startsWith("cache-cluster/"));
    assertThat(s.resources().keySet()).doesNotContain("db-instance/db-standby");
  }

  @Test
  void anExistingHostedZoneIsUsedAndNeverCreated() {
    AwsOptions existing = LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).existingHostedZoneId("Z123").build();
    DesiredStack s = TopologyMapping.map(ReferenceTopologies.modern(), TOKYO, existing);
    assertThat(s.resources().keySet()).noneMatch(k -> k.startsWith("hosted-zone/"));
    assertThat(s.get("dns-record/example.jp/A").orElseThrow().property("hostedZoneId")).isEqualTo("Z123");
  }

  @Test
  void aRoleWithoutAnImageIsRefusedNamingTheRole() {
    AwsOptions none = AwsOptions.builder().build();
    assertThatThrownBy(() -> TopologyMapping.map(ReferenceTopologies.modern(), TOKYO, none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role 'bastion'");
  }

  @Test
  void anUnmappedZoneIsRefusedNamingIt() {
    assertThatThrownBy(() -> TopologyMapping.map(ReferenceTopologies.modern(), ZoneMap.of(Map.of("a", "ap-northeast-1a")), OPTIONS))
        .hasMessageContaining("'c'");
  }

  @Test
  void databaseEnginesUseRdsNames() {
    assertThat(TopologyMapping.rdsEngine(dev.tenkai.model.DatabaseEngine.MYSQL)).isEqualTo("mysql");
    assertThat(TopologyMapping.rdsEngine(dev.tenkai.model.DatabaseEngine.POSTGRESQL)).isEqualTo("postgres");
    assertThat(TopologyMapping.rdsEngine(dev.tenkai.model.DatabaseEngine.MARIADB)).isEqualTo("mariadb");
  }
}
