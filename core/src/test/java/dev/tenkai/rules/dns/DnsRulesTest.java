package dev.tenkai.rules.dns;

import static dev.tenkai.rules.RuleTesting.messages;
import static dev.tenkai.rules.RuleTesting.modern;
import static dev.tenkai.rules.RuleTesting.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.Topology;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DnsRulesTest {
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  private static Topology zone(DnsRecord... records) {
    return ImmutableTopology.copyOf(modern())
        .withDnsZones(DnsZone.builder().name("example.jp").addRecords(records).build());
  }

  @Test
  void cnameAtTheApexIsFlagged() {
    Topology t = zone(DnsRecord.cnameTo("example.jp", "web-lb", FIVE_MINUTES));
    assertThat(violations(new CnameAtApex(), t))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.resource()).hasToString("dnsZones[example.jp].records[example.jp CNAME]");
          assertThat(v.message()).isEqualTo("example.jp is the apex of zone example.jp but is a CNAME to web-lb");
        });
  }

  @Test
  void aliasAtTheApexAndCnameBelowItPass() {
    assertThat(violations(new CnameAtApex(), modern())).isEmpty();
  }

  @Test
  void cnameBesideAnotherRecordIsFlagged() {
    Topology t = zone(
        DnsRecord.cnameTo("www.example.jp", "web-lb", FIVE_MINUTES),
        DnsRecord.builder().name("www.example.jp").type(RecordType.TXT).addValues("v=spf1 -all").build());
    assertThat(messages(new CnameBesideOtherRecords(), t))
        .containsExactly("www.example.jp is a CNAME but also has [TXT] records");
    assertThat(violations(new CnameBesideOtherRecords(), modern())).isEmpty();
  }

  @Test
  void recordsTargetingSomethingOtherThanALoadBalancerAreFlagged() {
    Topology t = zone(
        DnsRecord.aliasA("example.jp", "db"),
        DnsRecord.cnameTo("cache.example.jp", "cache", FIVE_MINUTES));
    assertThat(messages(new DnsTargetNotLoadBalancer(), t))
        .containsExactly(
            "example.jp is an alias to db, a database, which cannot be a DNS target; only load balancers can",
            "cache.example.jp is a CNAME record to cache, a cache, which cannot be a DNS target; only load balancers can");
    assertThat(violations(new DnsTargetNotLoadBalancer(), modern())).isEmpty();
  }

  @Test
  void apexPinnedToAddressesWhileTheEntryIsALoadBalancerIsFlagged() {
    Topology t = zone(
        DnsRecord.builder().name("example.jp").type(RecordType.A).addValues("203.0.113.10").build(),
        DnsRecord.cnameTo("www.example.jp", "web-lb", FIVE_MINUTES));
    assertThat(messages(new ApexLiteralAddresses(), t))
        .containsExactly("apex example.jp is an A record to fixed addresses [203.0.113.10] while the entry point is"
            + " load balancer web-lb");
    assertThat(violations(new ApexLiteralAddresses(), modern())).isEmpty();
  }
}
