package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DNS record: literal values, or a target resource of the model (a load balancer), either as an
 * alias (answered by the DNS provider with the target's addresses) or as a CNAME to its name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDnsRecord.class)
@JsonDeserialize(as = ImmutableDnsRecord.class)
public abstract class DnsRecord {
  /** The fully qualified name, e.g. {@code "example.jp"} (the apex) or {@code "www.example.jp"}. */
  public abstract String name();

  /** The type. */
  public abstract RecordType type();

  /** Literal values (addresses, names, text); empty when the record has a target. */
  public abstract List<String> values();

  /** The name of the model resource the record points at (a load balancer). */
  public abstract Optional<String> target();

  /** Whether the record is an alias to its target rather than a plain record. */
  @Value.Default
  public boolean alias() {
    return false;
  }

  /** Time to live; must be empty for an alias, whose TTL is the target's. */
  public abstract Optional<Duration> ttl();

  /** An alias A record at {@code name} to the model resource {@code target}. */
  public static DnsRecord aliasA(String name, String target) {
    return ImmutableDnsRecord.builder().name(name).type(RecordType.A).target(target).alias(true).build();
  }

  /** A CNAME at {@code name} to the model resource {@code target}'s DNS name. */
  public static DnsRecord cnameTo(String name, String target, Duration ttl) {
    return ImmutableDnsRecord.builder().name(name).type(RecordType.CNAME).target(target).ttl(ttl).build();
  }

  /** A new builder. */
  public static ImmutableDnsRecord.Builder builder() {
    return ImmutableDnsRecord.builder();
  }
}
