package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/** A DNS zone (a hosted zone on Route 53) and its records. */
@Value.Immutable
@JsonSerialize(as = ImmutableDnsZone.class)
@JsonDeserialize(as = ImmutableDnsZone.class)
public abstract class DnsZone {
  /** The domain, e.g. {@code "example.jp"}: its name is the zone apex. */
  public abstract String name();

  /** The records. */
  public abstract List<DnsRecord> records();

  /** Whether {@code recordName} is this zone's apex. */
  public boolean isApex(String recordName) {
    return normalize(recordName).equals(normalize(name()));
  }

  /** Whether {@code recordName} lies in this zone (the apex or below it). */
  public boolean contains(String recordName) {
    String n = normalize(recordName);
    String zone = normalize(name());
    return n.equals(zone) || n.endsWith("." + zone);
  }

  /** Lower case, without a trailing dot. */
  public static String normalize(String dnsName) {
    String n = dnsName.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  /** A new builder. */
  public static ImmutableDnsZone.Builder builder() {
    return ImmutableDnsZone.builder();
  }
}
