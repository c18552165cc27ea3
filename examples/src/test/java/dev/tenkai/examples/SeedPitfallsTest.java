package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.EgressMode;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.RestartStrategy;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeedPitfallsTest {
  private final Topology t = SeedPitfalls.topology();

  @Test
  void stickySessionsWithOneBackendPerZone() {
    LoadBalancer lb = t.loadBalancer("web-lb").orElseThrow();
    assertThat(lb.stickiness().enabled()).isTrue();
    ServerGroup web = t.serverGroup(lb.backends().get(0)).orElseThrow();
    assertThat(t.zones()).allSatisfy(z -> assertThat(web.countIn(z)).isEqualTo(1));
  }

  @Test
  void allAtOnceRestartOutlivesAHealthCheckThatGivesUpFirst() {
    ServerGroup web = t.serverGroup("web").orElseThrow();
    assertThat(web.restartPolicy().strategy()).isEqualTo(RestartStrategy.ALL_AT_ONCE);
    assertThat(web.bootTime()).isEqualTo(Duration.ofSeconds(20));
    Duration dead = t.loadBalancer("web-lb").orElseThrow().healthCheck().timeToDeclareDead();
    assertThat(dead).isEqualTo(Duration.ofSeconds(10));
    assertThat(dead).isLessThan(web.bootTime());
  }

  @Test
  void aBurstableClassUnderSteadyLoad() {
    ServerGroup web = t.serverGroup("web").orElseThrow();
    assertThat(web.instanceClass()).startsWith("t2.");
    assertThat(web.steadyLoad()).isTrue();
  }

  @Test
  void aCnameAtTheApex() {
    var zone = t.dnsZones().get(0);
    DnsRecord apex = zone.records().stream().filter(r -> zone.isApex(r.name())).findFirst().orElseThrow();
    assertThat(apex.type()).isEqualTo(RecordType.CNAME);
  }

  @Test
  void aSingleNatInstance() {
    assertThat(t.egress().mode()).isEqualTo(EgressMode.SINGLE_NAT_INSTANCE);
  }

  @Test
  void memcachedAskedForMoreThanThirtyDays() {
    var cache = t.cache("cache").orElseThrow();
    assertThat(cache.engine()).isEqualTo(CacheEngine.MEMCACHED);
    assertThat(cache.longestExpiry()).isGreaterThan(CacheEngine.MEMCACHED.longestExpiry().orElseThrow());
  }
}
