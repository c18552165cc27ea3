package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withApex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DnsRecord;
import org.junit.jupiter.api.Test;

/** {@link AliasTargetLoadBalancer}: a topology that violates it and one that does not. */
class AliasTargetLoadBalancerTest {
  private final AliasTargetLoadBalancer rule = new AliasTargetLoadBalancer();

  @Test
  void flagsAnAliasToAServerGroup() {
    assertThat(check(rule, withApex(DnsRecord.aliasA("example.jp", "web"))))
        .containsExactly(
            "dnsZones[example.jp].records[example.jp A]: alias record example.jp targets 'web', a SERVER_GROUP; Route 53 can alias only the load balancer here");
  }

  @Test
  void acceptsAnAliasToTheLoadBalancer() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
