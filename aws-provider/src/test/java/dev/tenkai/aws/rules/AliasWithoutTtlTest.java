package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withApex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.ImmutableDnsRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link AliasWithoutTtl}: a topology that violates it and one that does not. */
class AliasWithoutTtlTest {
  private final AliasWithoutTtl rule = new AliasWithoutTtl();

  @Test
  void flagsAnAliasWithATtl() {
    DnsRecord apex = ImmutableDnsRecord.copyOf(DnsRecord.aliasA("example.jp", "web-lb")).withTtl(Duration.ofMinutes(1));
    assertThat(check(rule, withApex(apex)))
        .containsExactly(
            "dnsZones[example.jp].records[example.jp A]: alias record example.jp A has a TTL of 60 s; Route 53 takes the alias target's TTL");
  }

  @Test
  void acceptsAnAliasWithoutTtlAndACnameWithOne() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
