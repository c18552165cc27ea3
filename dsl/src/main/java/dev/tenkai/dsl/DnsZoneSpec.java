package dev.tenkai.dsl;

import static dev.tenkai.model.InvalidTopologyException.check;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.RecordType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A DNS zone and its records. A record is named first ({@link #apex()} or {@link
 * #record(String)}) and only becomes part of the zone once it is given what it points at, so a
 * record without a target does not compile inside {@link TopologySpec#dns}'s expression lambda;
 * in a block lambda, where a statement's value can be dropped, it fails the topology's build
 * naming the record.
 *
 * <pre>{@code
 * t.dns("example.jp", z -> z
 *     .apex().aliasTo("web-lb")                               // lesson 9: alias, not CNAME
 *     .record("www").cnameTo("web-lb", Duration.ofMinutes(5)))
 * }</pre>
 */
public final class DnsZoneSpec {
  /** The CNAME TTL when none is given, visible in the built record. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  private final String name;
  private final List<DnsRecord> records = new ArrayList<>();
  private final List<RecordTarget> unfinished = new ArrayList<>();

  DnsZoneSpec(String name) {
    this.name = name;
  }

  /**
   * The zone apex ({@code example.jp} itself), waiting for its target.
   *
   * <pre>{@code z.apex().aliasTo("web-lb")}</pre>
   */
  @CheckReturnValue
  public RecordTarget apex() {
    return new RecordTarget(name);
  }

  /**
   * A record below the apex: {@code "www"} becomes {@code www.example.jp}; a name that already
   * ends with the zone's is taken as written.
   *
   * <pre>{@code z.record("www").cnameTo("web-lb")}</pre>
   */
  @CheckReturnValue
  public RecordTarget record(String label) {
    String zone = DnsZone.normalize(name);
    String n = DnsZone.normalize(label);
    return new RecordTarget(n.equals(zone) || n.endsWith("." + zone) ? label : label + "." + name);
  }

  DnsZone build() {
    check(unfinished.isEmpty(), "dnsZones[" + name + "]", "%s",
        unfinished.isEmpty() ? "" : "record '" + unfinished.get(0).recordName + "' has no target: add .aliasTo(RESOURCE),"
            + " .cnameTo(RESOURCE) or .values(TYPE, TTL, VALUE...)"
            + (unfinished.size() > 1 ? " (and " + (unfinished.size() - 1) + " more record(s) without a target)" : ""));
    return DnsZone.builder().name(name).records(records).build();
  }

  /**
   * A named record that still needs what it points at; completing it returns the zone. Left
   * unfinished, it fails the topology's build.
   */
  public final class RecordTarget {
    private final String recordName;

    private RecordTarget(String recordName) {
      this.recordName = recordName;
      unfinished.add(this);
    }

    /**
     * An alias A record to the model resource {@code target} (a load balancer): valid at the apex.
     *
     * <pre>{@code z.apex().aliasTo("web-lb")}</pre>
     */
    public DnsZoneSpec aliasTo(String target) {
      return add(DnsRecord.aliasA(recordName, target));
    }

    /**
     * A CNAME to {@code target}'s DNS name with a TTL of {@link #DEFAULT_TTL}. At the apex this is
     * invalid DNS; the model lets you say it so that the rules can tell you.
     *
     * <pre>{@code z.record("www").cnameTo("web-lb")}</pre>
     */
    public DnsZoneSpec cnameTo(String target) {
      return cnameTo(target, DEFAULT_TTL);
    }

    /**
     * A CNAME to {@code target}'s DNS name with {@code ttl}.
     *
     * <pre>{@code z.record("www").cnameTo("web-lb", Duration.ofMinutes(5))}</pre>
     */
    public DnsZoneSpec cnameTo(String target, Duration ttl) {
      return add(DnsRecord.cnameTo(recordName, target, ttl));
    }

    /**
     * A record of literal values (addresses, names, text).
     *
     * <pre>{@code z.record("mail").values(RecordType.A, Duration.ofHours(1), "192.0.2.10")}</pre>
     */
    public DnsZoneSpec values(RecordType type, Duration ttl, String... values) {
      return add(
          DnsRecord.builder().name(recordName).type(type).ttl(ttl).values(List.of(values)).build());
    }

    private DnsZoneSpec add(DnsRecord record) {
      unfinished.remove(this);
      records.add(record);
      return DnsZoneSpec.this;
    }
  }
}
