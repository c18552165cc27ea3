package dev.tenkai.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The SDK clients one stack needs, configured once from {@link AwsOptions}: one shared
 * URL-connection HTTP client, the endpoint override of an emulator, the chosen retry mode and
 * attempts, call timeouts, and any interceptors. Route 53 is global and always uses
 * {@link Region#AWS_GLOBAL}. Close it to release the HTTP client.
 */
public final class AwsClients implements AutoCloseable {
  private final Region region;
  private final SdkHttpClient http;
  private final Ec2Client ec2;
  private final ElasticLoadBalancingV2Client elb;
  private final RdsClient rds;
  private final ElastiCacheClient elastiCache;
  private final Route53Client route53;

  private AwsClients(Region region, AwsOptions options) {
    this.region = region;
    this.http = UrlConnectionHttpClient.builder().build();
    this.ec2 = configure(Ec2Client.builder(), region, options).build();
    this.elb = configure(ElasticLoadBalancingV2Client.builder(), region, options).build();
    this.rds = configure(RdsClient.builder(), region, options).build();
    this.elastiCache = configure(ElastiCacheClient.builder(), region, options).build();
    this.route53 = configure(Route53Client.builder(), Region.AWS_GLOBAL, options).build();
  }

  private AwsClients(Region region, Ec2Client ec2, ElasticLoadBalancingV2Client elb, RdsClient rds, ElastiCacheClient elastiCache, Route53Client route53) {
    this.region = region;
    this.http = null;
    this.ec2 = ec2;
    this.elb = elb;
    this.rds = rds;
    this.elastiCache = elastiCache;
    this.route53 = route53;
  }

  /** Clients made elsewhere (tests with mocks, a caller with its own configuration). */
  public static AwsClients of(
      Region region, Ec2Client ec2, ElasticLoadBalancingV2Client elb, RdsClient rds, ElastiCacheClient elastiCache, Route53Client route53) {
    return new AwsClients(region, ec2, elb, rds, elastiCache, route53);
  }

  /** Clients for {@code region} (unless the options override it), configured by {@code options}. */
  public static AwsClients create(String region, AwsOptions options) {
    return new AwsClients(Region.of(options.connection().region().orElse(region)), options);
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Region r, AwsOptions options) {
    builder.region(r).credentialsProvider(options.connection().credentials());
    options.connection().endpoint().ifPresent(builder::endpointOverride);
    if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder) {
      ((software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?>) builder).httpClient(http);
    }
    builder.overrideConfiguration(override(options));
    return builder;
  }

  /** Retries and timeouts chosen deliberately, never left to the SDK's defaults by accident. */
  static ClientOverrideConfiguration override(AwsOptions options) {
    ClientOverrideConfiguration.Builder c =
        ClientOverrideConfiguration.builder()
            .retryStrategy(retryStrategy(options.connection().retryMode(), options.connection().maxAttempts()))
            .apiCallTimeout(options.connection().apiCallTimeout());
    options.connection().interceptors().forEach(c::addExecutionInterceptor);
    return c.build();
  }

  static RetryStrategy retryStrategy(RetryMode mode, int maxAttempts) {
    return AwsRetryStrategy.forRetryMode(mode).toBuilder().maxAttempts(maxAttempts).build();
  }

  /** The region of the regional clients. */
  public Region region() {
    return region;
  }

  /** EC2: network, security groups, instances, Elastic IPs, NAT gateways. */
  public Ec2Client ec2() {
    return ec2;
  }

  /** Elastic Load Balancing v2: application load balancers, target groups, listeners. */
  public ElasticLoadBalancingV2Client elb() {
    return elb;
  }

  /** RDS: DB subnet groups and instances. */
  public RdsClient rds() {
    return rds;
  }

  /** ElastiCache: cache subnet groups, replication groups, memcached clusters. */
  public ElastiCacheClient elastiCache() {
    return elastiCache;
  }

  /** Route 53 (global): hosted zones and records. */
  public Route53Client route53() {
    return route53;
  }

  @Override
  public void close() {
    ec2.close();
    elb.close();
    rds.close();
    elastiCache.close();
    route53.close();
    if (http != null) {
      http.close();
    }
  }
}
