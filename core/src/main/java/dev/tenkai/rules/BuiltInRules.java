package dev.tenkai.rules;

import com.google.common.collect.ImmutableList;
import dev.tenkai.rules.analysis.CapacityShortWithNothingFailed;
import dev.tenkai.rules.analysis.EntryPointDownWithNothingFailed;
import dev.tenkai.rules.analysis.RestartBelowNeed;
import dev.tenkai.rules.analysis.ZoneLossTakesEntryPointDown;
import dev.tenkai.rules.availability.CacheNotReplicatedAcrossZones;
import dev.tenkai.rules.availability.CapacityAfterZoneLoss;
import dev.tenkai.rules.availability.DatabaseWithoutStandby;
import dev.tenkai.rules.availability.LoadBalancerMissesBackendZones;
import dev.tenkai.rules.availability.LoadBalancerReachesOneZone;
import dev.tenkai.rules.availability.NatServesOtherZones;
import dev.tenkai.rules.availability.SingleZoneTier;
import dev.tenkai.rules.availability.SingleZoneTopology;
import dev.tenkai.rules.availability.UnevenServerSpread;
import dev.tenkai.rules.balancing.HealthCheckShorterThanBoot;
import dev.tenkai.rules.balancing.RestartTakesAllBackendsDown;
import dev.tenkai.rules.balancing.StickySessionsAcrossZones;
import dev.tenkai.rules.balancing.StickySessionsWithLoneBackend;
import dev.tenkai.rules.cache.ExpiryBeyondEngineLimit;
import dev.tenkai.rules.dns.ApexLiteralAddresses;
import dev.tenkai.rules.dns.CnameAtApex;
import dev.tenkai.rules.dns.CnameBesideOtherRecords;
import dev.tenkai.rules.dns.DnsTargetNotLoadBalancer;
import dev.tenkai.rules.network.ElasticIpOnServers;
import dev.tenkai.rules.network.ElasticIpsBeyondQuota;
import dev.tenkai.rules.network.PrivateSubnetWithoutNat;
import dev.tenkai.rules.network.PrivateTierRoutedToInternetGateway;
import dev.tenkai.rules.operations.BurstableClassForSteadyLoad;
import dev.tenkai.rules.operations.DeprecatedEngineVersion;
import dev.tenkai.rules.operations.WindowDuringPeakHours;
import dev.tenkai.rules.security.AdminAccessBypassesBastion;
import dev.tenkai.rules.security.AdminPortOpenToWorld;
import dev.tenkai.rules.security.DataStoreExposed;
import dev.tenkai.rules.security.IngressFromAnywhere;
import dev.tenkai.rules.security.PlainHttpWithConfidentialData;
import dev.tenkai.rules.security.StorageNotEncrypted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tenkai's own catalogue: every lesson of the seed deployment as a rule, in one pack per family and
 * one default pack holding them all.
 *
 * <pre>{@code
 * Validator.builder().addPack(BuiltInRules.all()).build().validate(topology);     // everything
 * Validator.builder().addPack(BuiltInRules.security()).build();                   // one family
 * }</pre>
 */
public final class BuiltInRules {
  /** The name of the default pack. */
  public static final String DEFAULT_PACK = "tenkai";

  private BuiltInRules() {}

  /** Availability (TK-AVAIL-*): surviving the loss of a zone. */
  public static RulePack availability() {
    return RulePack.of("availability", "Every function survives the loss of a whole zone.", List.of(
        new SingleZoneTier(),
        new UnevenServerSpread(),
        new DatabaseWithoutStandby(),
        new CacheNotReplicatedAcrossZones(),
        new NatServesOtherZones(),
        new LoadBalancerMissesBackendZones(),
        new CapacityAfterZoneLoss(),
        new LoadBalancerReachesOneZone(),
        new SingleZoneTopology()));
  }

  /**
   * Analysis (TK-ANA-*): what the offline analyses find broken, read from them (nothing failed,
   * the zone failures the topology claims to survive, every restart policy).
   */
  public static RulePack analysis() {
    return RulePack.of("analysis", "Every guarantee the offline analyses find broken (baseline, zone losses, restarts).",
        List.of(
            new EntryPointDownWithNothingFailed(),
            new CapacityShortWithNothingFailed(),
            new ZoneLossTakesEntryPointDown(),
            new RestartBelowNeed()));
  }

  /** Load balancing (TK-LB-*): stickiness, restarts and health checks. */
  public static RulePack balancing() {
    return RulePack.of("balancing", "Stickiness, restarts and health checks (seed lessons 1, 2, 4).", List.of(
        new StickySessionsWithLoneBackend(),
        new StickySessionsAcrossZones(),
        new RestartTakesAllBackendsDown(),
        new HealthCheckShorterThanBoot()));
  }

  /** DNS (TK-DNS-*): the apex and records that cannot work. */
  public static RulePack dns() {
    return RulePack.of("dns", "The zone apex and records that cannot work (seed lesson 9).", List.of(
        new CnameAtApex(),
        new CnameBesideOtherRecords(),
        new DnsTargetNotLoadBalancer(),
        new ApexLiteralAddresses()));
  }

  /** Network (TK-NET-*): egress and Elastic IPs. */
  public static RulePack network() {
    return RulePack.of("network", "Egress through NATs and Elastic IPs (seed lessons 6, 7, 8).", List.of(
        new PrivateSubnetWithoutNat(),
        new PrivateTierRoutedToInternetGateway(),
        new ElasticIpsBeyondQuota(),
        new ElasticIpOnServers()));
  }

  /** Security (TK-SEC-*): the ways in, and data at rest and in transit. */
  public static RulePack security() {
    return RulePack.of("security", "The ways in, and data at rest and in transit.", List.of(
        new AdminPortOpenToWorld(),
        new AdminAccessBypassesBastion(),
        new DataStoreExposed(),
        new IngressFromAnywhere(),
        new StorageNotEncrypted(),
        new PlainHttpWithConfidentialData()));
  }

  /** Operations (TK-OPS-*): instance classes, scheduled work and engine versions. */
  public static RulePack operations() {
    return RulePack.of("operations", "Instance classes, scheduled work and engine versions (seed lessons 3, 5).",
        List.of(
            new BurstableClassForSteadyLoad(),
            new WindowDuringPeakHours(),
            new DeprecatedEngineVersion()));
  }

  /** Cache (TK-CACHE-*): what the cache engine can hold. */
  public static RulePack cache() {
    return RulePack.of("cache", "What the cache engine can hold (seed lesson 10).", List.of(
        new ExpiryBeyondEngineLimit()));
  }

  /** The family packs, in catalogue order. */
  public static ImmutableList<RulePack> families() {
    return ImmutableList.of(availability(), analysis(), balancing(), dns(), network(), security(), operations(), cache());
  }

  /** The default pack: every built-in rule, in catalogue order. */
  public static RulePack all() {
    List<Rule> rules = new ArrayList<>();
    families().forEach(p -> rules.addAll(p.rules()));
    return RulePack.of(DEFAULT_PACK, "Every built-in rule.", rules);
  }

  /** The built-in pack called {@code name} ({@value #DEFAULT_PACK} or a family's name), if any. */
  public static Optional<RulePack> pack(String name) {
    if (DEFAULT_PACK.equals(name)) {
      return Optional.of(all());
    }
    return families().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** A validator running the default pack, with no overrides or suppressions. */
  public static Validator validator() {
    return Validator.builder().addPack(all()).build();
  }
}
