package dev.tenkai.aws.rules;

import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RulePack;
import java.util.List;
import java.util.Map;

/**
 * AWS's own constraints as a rule pack: what AWS would refuse (or charge for, or what this provider
 * cannot build) found offline, from the model alone, before any call. Add it to the core engine
 * beside the built-in rules:
 *
 * <pre>{@code
 * Validator validator = Validator.builder().addPack(AwsRules.pack()).build();
 * if (validator.validate(topology).hasErrors()) { ... refuse to plan ... }
 * }</pre>
 *
 * <p>Many of these the local emulator (moto) lets through, so a green test suite on moto says
 * nothing about them; AWS rejects them at deploy time, after minutes of work. The names checked
 * are the ones {@link AwsNames} derives, which the provider must use.
 */
public final class AwsRules {
  /** The pack's name. */
  public static final String PACK_NAME = "aws";

  private AwsRules() {}

  /** Every AWS rule, in id order, with the bundled catalogue and the default zone names. */
  public static List<Rule> all() {
    return all(AwsCatalogue.bundled(), Map.of());
  }

  /**
   * Every AWS rule, in id order, checking regions, zones and instance classes against {@code
   * catalogue}, with logical zones mapped by {@code zoneNames} (region + logical name otherwise).
   */
  public static List<Rule> all(AwsCatalogue catalogue, Map<String, String> zoneNames) {
    return List.of(
        new LoadBalancerName(),
        new TargetGroupName(),
        new DbInstanceIdentifier(),
        new CacheClusterIdentifier(),
        new VpcCidrSize(),
        new SubnetCidrSize(),
        new AlbTwoZones(),
        new DbSubnetGroupTwoZones(),
        new HealthCheckTimeoutBelowInterval(),
        new AlbHealthCheckRange(),
        new StickinessDuration(),
        new DeregistrationDelay(),
        new AliasWithoutTtl(),
        new SecurityGroupRuleLimit(),
        new DatabaseEngineVersionOffered(),
        new DatabaseEngineVersionExtendedSupport(),
        new InstanceClassService(),
        new RetiredInstanceClass(),
        new PreviousGenerationInstanceClass(),
        new UnknownInstanceFamily(),
        new ClassicLoadBalancer(),
        new ManagedCacheEngine(),
        new ManagedMemcachedReplication(),
        new HttpsListenerCertificate(),
        new DatabaseStorageSize(),
        new DatabaseWindows(),
        new DatabasePort(),
        new UnknownRegion(catalogue),
        new ZoneNotInRegion(catalogue, zoneNames),
        new InstanceClassNotOffered(catalogue));
  }

  /**
   * The pack {@code "aws"} holding {@link #all()}. AWS-015 (Elastic IP quota) and AWS-025 (alias
   * target) reported, under {@code validate --aws}, the same problems as the built-in TK-NET-003
   * and TK-DNS-003; they are retired into those, so each problem is reported once.
   */
  public static RulePack pack() {
    return pack(AwsCatalogue.bundled(), Map.of());
  }

  /**
   * The pack {@code "aws"} against {@code catalogue} (e.g. {@code
   * AwsCatalogue.bundled().withAccountZones(file)}) with logical zones mapped by {@code zoneNames}.
   */
  public static RulePack pack(AwsCatalogue catalogue, Map<String, String> zoneNames) {
    return RulePack.of(PACK_NAME, all(catalogue, zoneNames))
        .retiring("AWS-015", "TK-NET-003")
        .retiring("AWS-025", "TK-DNS-003");
  }
}
