package dev.tenkai.aws.rules;

import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Validator;
import java.util.List;

/**
 * AWS's own constraints as a rule pack: what AWS would refuse (or charge for, or what this provider
 * cannot build) found offline, from the model alone, before any call. {@link #applyValidator()}
 * is the pack beside every built-in rule, what {@code ApplyGate.standard()} and the {@code
 * tenkai} command check before apply:
 *
 * <pre>{@code
 * ValidationResult result = AwsRules.applyValidator().validate(topology);
 * if (result.hasErrors()) { ... refuse to plan ... }
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

  /** Every AWS rule, in id order. */
  public static List<Rule> all() {
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
        new ElasticIpQuota(),
        new DatabaseEngineVersionOffered(),
        new DatabaseEngineVersionExtendedSupport(),
        new InstanceClassService(),
        new RetiredInstanceClass(),
        new PreviousGenerationInstanceClass(),
        new UnknownInstanceFamily(),
        new ClassicLoadBalancer(),
        new ManagedCacheEngine(),
        new ManagedMemcachedReplication(),
        new AliasTargetLoadBalancer(),
        new HttpsListenerCertificate(),
        new DatabaseStorageSize(),
        new DatabaseWindows(),
        new DatabasePort());
  }

  /** The pack {@code "aws"} holding {@link #all()}. */
  public static RulePack pack() {
    return RulePack.of(PACK_NAME, all());
  }

  /**
   * Every rule apply checks: the built-in packs ({@link BuiltInRules#validator()}) and then this
   * pack. {@code ApplyGate.standard()} gates on it; {@code tenkai validate --aws}, {@code plan} and
   * {@code apply} report it.
   */
  public static Validator applyValidator() {
    return Validator.builder().addPacks(BuiltInRules.validator().packs()).addPack(pack()).build();
  }
}
