package dev.tenkai.dsl;

import static dev.tenkai.dsl.TenkaiTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DnsAndFirewallTest {
  /** A topology with a load balancer and a web group for records and rules to point at. */
  private static Topology withWeb(Consumer<TopologySpec> more) {
    return minimal(x -> {
      x.loadBalancer("web-lb", lb -> lb.http(80))
          .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large").behind("web-lb"))
          .bastion(b -> b.instanceClass("t3.micro"));
      more.accept(x);
    });
  }

  @Test
  void anApexAliasAndASubdomainCname() {
    DnsZone z = withWeb(x -> x.dns("example.jp", d -> d
        .apex().aliasTo("web-lb")
        .record("www").cnameTo("web-lb", Duration.ofMinutes(5)))).dnsZones().get(0);
    assertThat(z.name()).isEqualTo("example.jp");
    assertThat(z.records()).containsExactly(
        DnsRecord.aliasA("example.jp", "web-lb"),
        DnsRecord.cnameTo("www.example.jp", "web-lb", Duration.ofMinutes(5)));
  }

  @Test
  void aCnameWithoutTtlGetsTheVisibleDefault() {
    DnsRecord r = withWeb(x -> x.dns("example.jp", d -> d.record("www").cnameTo("web-lb"))).dnsZones().get(0).records().get(0);
    assertThat(r.ttl()).contains(DnsZoneSpec.DEFAULT_TTL);
  }

  @Test
  void aFullyQualifiedRecordNameIsTakenAsWritten() {
    DnsRecord r = withWeb(x -> x.dns("example.jp", d -> d.record("api.example.jp.").cnameTo("web-lb")))
        .dnsZones().get(0).records().get(0);
    assertThat(r.name()).isEqualTo("api.example.jp.");
  }

  @Test
  void aRecordOfLiteralValues() {
    DnsRecord r = withWeb(x -> x.dns("example.jp", d -> d.record("mail").values(RecordType.A, Duration.ofHours(1), "192.0.2.10")))
        .dnsZones().get(0).records().get(0);
    assertThat(r.name()).isEqualTo("mail.example.jp");
    assertThat(r.values()).containsExactly("192.0.2.10");
    assertThat(r.target()).isEmpty();
  }

  @Test
  void aCnameAtTheApexIsLegalSoTheRulesCanObject() {
    DnsRecord r = withWeb(x -> x.dns("example.jp", d -> d.apex().cnameTo("web-lb"))).dnsZones().get(0).records().get(0);
    assertThat(r.type()).isEqualTo(RecordType.CNAME);
    assertThat(r.name()).isEqualTo("example.jp");
  }

  @Test
  void aTargetThatIsNoResourceIsTheModelsError() {
    assertThatThrownBy(() -> withWeb(x -> x.dns("example.jp", d -> d.apex().aliasTo("nope"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("dnsZones[example.jp].records[example.jp A].target")
        .hasMessageContaining("unknown resource 'nope'");
  }

  @Test
  void aBadZoneNameIsTheModelsError() {
    assertThatThrownBy(() -> withWeb(x -> x.dns("exa mple.jp", d -> d.apex().aliasTo("web-lb"))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("is not a DNS name");
  }

  @Test
  void rulesReadAsSentencesAndKeepTheirOrder() {
    List<FirewallRule> rules = withWeb(x -> x.firewall(fw -> fw
        .allowInternet().to("web-lb").on(80)
        .allow("web-lb").to("web").on(80)
        .allowCidr("203.0.113.0/24").to("bastion").on(22))).firewallRules();
    assertThat(rules).containsExactly(
        FirewallRule.allowCidr("0.0.0.0/0", "web-lb", 80),
        FirewallRule.allow("web-lb", "web", 80),
        FirewallRule.allowCidr("203.0.113.0/24", "bastion", 22));
  }

  @Test
  void portRangesProtocolsAndReasons() {
    List<FirewallRule> rules = withWeb(x -> x
        .firewall(fw -> fw.allow("web").to("web").onPorts(8000, 8010))
        .firewall(fw -> fw
            .allow("bastion").to("web").onUdp(161)
            .allowCidr("10.0.0.0/16").to("web").onIcmp()
            .allowCidr("10.0.0.0/16").to("bastion").onAllTraffic().because("inside the network"))).firewallRules();
    assertThat(rules).hasSize(4);
    assertThat(rules.get(0).fromPort()).isEqualTo(8000);
    assertThat(rules.get(0).toPort()).isEqualTo(8010);
    assertThat(rules.get(1).protocol()).isEqualTo(IpProtocol.UDP);
    assertThat(rules.get(2).protocol()).isEqualTo(IpProtocol.ICMP);
    assertThat(rules.get(3).protocol()).isEqualTo(IpProtocol.ALL);
    assertThat(rules.get(3).admitsPort(5432)).isTrue();
    assertThat(rules.get(3).description()).contains("inside the network");
    assertThat(rules.get(2).description()).isEmpty();
  }

  @Test
  void aRuleToAnUnknownRoleIsTheModelsError() {
    assertThatThrownBy(() -> withWeb(x -> x.firewall(fw -> fw.allow("web").to("dbx").on(3306))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("firewallRules[0].to")
        .hasMessageContaining("unknown role 'dbx'");
  }

  @Test
  void aRuleFromAnUnknownRoleIsTheModelsError() {
    assertThatThrownBy(() -> withWeb(x -> x.firewall(fw -> fw.allow("lb").to("web").on(80))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("firewallRules[0].fromRole")
        .hasMessageContaining("unknown role 'lb'");
  }

  @Test
  void aReversedRangeAndABadPortAreTheModelsErrors() {
    assertThatThrownBy(() -> withWeb(x -> x.firewall(fw -> fw.allow("web-lb").to("web").onPorts(90, 80))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("port range 90-80 is reversed");
    assertThatThrownBy(() -> withWeb(x -> x.firewall(fw -> fw.allow("web-lb").to("web").on(70000))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("firewallRules[0].fromPort")
        .hasMessageContaining("70000");
  }

  @Test
  void aMalformedSourceBlockIsTheModelsError() {
    assertThatThrownBy(() -> withWeb(x -> x.firewall(fw -> fw.allowCidr("10.0.0.1/16").to("web").on(80))))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("firewallRules[0].fromCidr")
        .hasMessageContaining("did you mean 10.0.0.0/16");
  }
}
