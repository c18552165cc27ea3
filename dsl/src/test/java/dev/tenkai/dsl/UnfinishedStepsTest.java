package dev.tenkai.dsl;

import static dev.tenkai.dsl.TenkaiTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.RecordType;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * In a block lambda a statement's value can be dropped, so a half-written step compiles (javac
 * alone does not check {@code @CheckReturnValue}); it must then fail the build, naming the step,
 * rather than vanish from the model.
 */
class UnfinishedStepsTest {
  private static Topology withWeb(Consumer<TopologySpec> more) {
    return minimal(x -> {
      x.loadBalancer("web-lb", lb -> lb.http(80))
          .serverGroup("web", g -> g.perZone(1).instanceClass("c6i.large").behind("web-lb"))
          .bastion(b -> b.instanceClass("t3.micro"));
      more.accept(x);
    });
  }

  @Test
  void aRuleWithoutPortsFailsTheBuildNamingIt() {
    assertThatThrownBy(() -> withWeb(t -> t.firewall(fw -> {
      fw.allowInternet().to("web-lb").on(443);
      fw.allowInternet().to("web-lb");
      return fw;
    })))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("firewallRules: firewall rule 'internet -> web-lb' has no port: add .on(PORT)");
  }

  @Test
  void aRuleWithoutDestinationFailsTheBuildNamingItsSource() {
    assertThatThrownBy(() -> withWeb(t -> t.firewall(fw -> {
      fw.allow("web-lb");
      return fw.allow("web-lb").to("web").on(80);
    })))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("firewallRules: firewall rule from 'web-lb' has no destination: add .to(ROLE).on(PORT)");
    assertThatThrownBy(() -> withWeb(t -> t.firewall(fw -> {
      fw.allowCidr("203.0.113.0/24").to("bastion");
      return fw;
    })))
        .hasMessageContaining("firewall rule '203.0.113.0/24 -> bastion' has no port");
  }

  @Test
  void theFirstUnfinishedRuleIsNamedAndTheOthersCounted() {
    assertThatThrownBy(() -> withWeb(t -> t.firewall(fw -> {
      fw.allow("web").to("db");
      fw.allowInternet();
      return fw;
    })))
        .hasMessage("firewallRules: firewall rule 'web -> db' has no port: add .on(PORT) (and 1 more unfinished rule(s))");
  }

  @Test
  void finishedRulesInABlockAreAllKeptAndASourceMayServeTwoRules() {
    Topology t = withWeb(x -> x.firewall(fw -> {
      fw.allowInternet().to("web-lb").on(80);
      Firewall.Source lb = fw.allow("web-lb");
      lb.to("web").on(80);
      lb.to("web").onUdp(53).because("dns");
      return fw;
    }));
    assertThat(t.firewallRules()).hasSize(3);
    assertThat(t.firewallRules().get(2).description()).contains("dns");
  }

  @Test
  void aRecordWithoutTargetFailsTheBuildNamingIt() {
    assertThatThrownBy(() -> withWeb(t -> t.dns("example.jp", z -> {
      z.apex().aliasTo("web-lb");
      z.record("www");
      return z;
    })))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("dnsZones[example.jp]: record 'www.example.jp' has no target:"
            + " add .aliasTo(RESOURCE), .cnameTo(RESOURCE) or .values(TYPE, TTL, VALUE...)");
    assertThatThrownBy(() -> withWeb(t -> t.dns("example.jp", z -> {
      z.apex();
      return z;
    })))
        .hasMessageContaining("record 'example.jp' has no target");
  }

  @Test
  void everyKindOfTargetFinishesARecord() {
    Topology t = withWeb(x -> x.dns("example.jp", z -> {
      z.apex().aliasTo("web-lb");
      z.record("www").cnameTo("web-lb");
      z.record("mail").values(RecordType.A, Duration.ofHours(1), "192.0.2.10");
      return z;
    }));
    assertThat(t.dnsZones().get(0).records()).hasSize(3);
  }
}
