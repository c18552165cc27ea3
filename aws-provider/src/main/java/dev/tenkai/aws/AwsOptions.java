package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * The choices a topology does not carry: where to call (region and endpoint overrides,
 * credentials), what to boot (image ids per role, key pair), an existing hosted zone, and how to
 * behave (concurrency, retries, timeouts, logical-zone mapping). A small immutable value; build it
 * with {@link #builder()}.
 */
public final class AwsOptions {
  /** The role name whose image is used when a role has none of its own. */
  public static final String DEFAULT_ROLE = "*";

  private final Optional<String> region;
  private final Optional<URI> endpoint;
  private final AwsCredentialsProvider credentials;
  private final ImmutableMap<String, String> images;
  private final ImmutableMap<String, String> certificates;
  private final Optional<String> keyPair;
  private final Optional<String> existingHostedZoneId;
  private final int concurrency;
  private final RetryMode retryMode;
  private final int maxAttempts;
  private final Duration apiCallTimeout;
  private final Duration readinessTimeout;
  private final Duration pollInterval;
  private final boolean awaitDeletion;
  private final ImmutableMap<String, String> zoneNames;
  private final ImmutableList<ExecutionInterceptor> interceptors;
  private final String lockOwner;
  private final Duration lockStaleAfter;
  private final Optional<Duration> drainLimit;

  private AwsOptions(Builder b) {
    this.region = Optional.ofNullable(b.region);
    this.endpoint = Optional.ofNullable(b.endpoint);
    this.credentials = b.credentials == null ? DefaultCredentialsProvider.builder().build() : b.credentials;
    this.images = ImmutableMap.copyOf(b.images);
    this.certificates = ImmutableMap.copyOf(b.certificates);
    this.keyPair = Optional.ofNullable(b.keyPair);
    this.existingHostedZoneId = Optional.ofNullable(b.existingHostedZoneId);
    this.concurrency = b.concurrency;
    this.retryMode = b.retryMode;
    this.maxAttempts = b.maxAttempts;
    this.apiCallTimeout = b.apiCallTimeout;
    this.readinessTimeout = b.readinessTimeout;
    this.pollInterval = b.pollInterval;
    this.awaitDeletion = b.awaitDeletion;
    this.zoneNames = ImmutableMap.copyOf(b.zoneNames);
    this.interceptors = ImmutableList.copyOf(b.interceptors);
    this.lockOwner = b.lockOwner == null ? defaultLockOwner() : b.lockOwner;
    this.lockStaleAfter = b.lockStaleAfter;
    this.drainLimit = Optional.ofNullable(b.drainLimit);
  }

  /** A new builder with the defaults: 10 parallel changes, standard retries, 3 attempts. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Options for a local emulator at {@code endpoint}: dummy credentials (the emulator accepts any
   * signed request), placeholder image ids (it does not check them), short readiness polling.
   */
  public static Builder forEmulator(URI endpoint) {
    return builder()
        .endpoint(endpoint)
        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .image(DEFAULT_ROLE, "ami-0123456789abcdef0")
        .pollInterval(Duration.ofMillis(200))
        // A local demo need not wait out a real deregistration delay.
        .drainLimit(Duration.ofSeconds(5))
        // moto leaves a deleted ElastiCache replication group "deleting" for ever.
        .awaitDeletion(false);
  }

  /** The region to use instead of the topology's, if any. */
  public Optional<String> region() {
    return region;
  }

  /** The endpoint to call instead of AWS's (an emulator), if any. */
  public Optional<URI> endpoint() {
    return endpoint;
  }

  /** Where credentials come from. */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  /**
   * Why no call could be signed, if so: the credentials cannot be resolved and no endpoint (an
   * emulator) is set. The message names both ways forward; empty when calls can go ahead.
   */
  public Optional<String> credentialsProblem() {
    try {
      credentials.resolveCredentials();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("no AWS credentials found (" + e.getMessage() + "). Either configure credentials "
          + "(AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, an instance role), or run against a "
          + "local emulator (tenkai ... --local, or --endpoint URL with moto_server)");
    }
  }

  /** Image (AMI) ids per role; {@link #DEFAULT_ROLE} for every role without its own. */
  public ImmutableMap<String, String> images() {
    return images;
  }

  /**
   * The image for {@code role}: the model's own reference when it is an AMI id, else the
   * options' image for the role, else the default one.
   *
   * @throws IllegalArgumentException when none is known, naming the role
   */
  public String imageFor(String role, Optional<String> modelReference) {
    if (modelReference.isPresent() && modelReference.get().startsWith("ami-")) {
      return modelReference.get();
    }
    String image = images.getOrDefault(role, images.get(DEFAULT_ROLE));
    checkArgument(
        image != null,
        "no image id for role '%s' (model reference %s): set AwsOptions.image(\"%s\", \"ami-...\") or a default with role \"%s\"",
        role,
        modelReference.orElse("none"),
        role,
        DEFAULT_ROLE);
    return image;
  }

  /** Certificate ARNs by the model's certificate reference. */
  public ImmutableMap<String, String> certificates() {
    return certificates;
  }

  /** The certificate ARN for the model's {@code reference}: the mapped one, else the reference itself. */
  public String certificateFor(String reference) {
    return certificates.getOrDefault(reference, reference);
  }

  /** The EC2 key pair name given to instances, if any. */
  public Optional<String> keyPair() {
    return keyPair;
  }

  /** An existing Route 53 hosted zone to put records into, instead of creating one. */
  public Optional<String> existingHostedZoneId() {
    return existingHostedZoneId;
  }

  /** How many resources are created, changed or deleted at once. */
  public int concurrency() {
    return concurrency;
  }

  /** The SDK retry mode. */
  public RetryMode retryMode() {
    return retryMode;
  }

  /** Attempts per API call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest a single API call may take, retries included. */
  public Duration apiCallTimeout() {
    return apiCallTimeout;
  }

  /** The longest a resource may take to become ready (or gone) after a call. */
  public Duration readinessTimeout() {
    return readinessTimeout;
  }

  /** Time between readiness polls. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /**
   * Whether a deletion waits until the resource is gone. When false, ElastiCache deletions return
   * once AWS accepted them (the resource may still be "deleting"); the executor retries a later
   * deletion that finds it still in use.
   */
  public boolean awaitDeletion() {
    return awaitDeletion;
  }

  /** Logical zone to zone name, overriding the default (region + letter). */
  public ImmutableMap<String, String> zoneNames() {
    return zoneNames;
  }

  /** SDK interceptors added to every client (auditing, call counting in tests). */
  public ImmutableList<ExecutionInterceptor> interceptors() {
    return interceptors;
  }

  /** Who this process is when it holds a stack's lock (see {@link StackLock}): user, host and process id by default. */
  public String lockOwner() {
    return lockOwner;
  }

  /** How old a lock holder's heartbeat may grow before the lock counts as left by a dead process and is broken. */
  public Duration lockStaleAfter() {
    return lockStaleAfter;
  }

  /**
   * The longest a rolling change waits for deregistered servers to drain before terminating
   * them. Empty (the default): until the load balancer reports them drained, which takes the
   * target group's deregistration delay, so no request in flight is cut.
   */
  public Optional<Duration> drainLimit() {
    return drainLimit;
  }

  private static String defaultLockOwner() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "unknown-host";
    }
    return System.getProperty("user.name", "unknown") + "@" + host + " pid " + ProcessHandle.current().pid();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.region = region.orElse(null);
    b.endpoint = endpoint.orElse(null);
    b.credentials = credentials;
    b.images.putAll(images);
    b.certificates.putAll(certificates);
    b.keyPair = keyPair.orElse(null);
    b.existingHostedZoneId = existingHostedZoneId.orElse(null);
    b.concurrency = concurrency;
    b.retryMode = retryMode;
    b.maxAttempts = maxAttempts;
    b.apiCallTimeout = apiCallTimeout;
    b.readinessTimeout = readinessTimeout;
    b.pollInterval = pollInterval;
    b.awaitDeletion = awaitDeletion;
    b.zoneNames.putAll(zoneNames);
    b.interceptors.addAll(interceptors);
    b.lockOwner = lockOwner;
    b.lockStaleAfter = lockStaleAfter;
    b.drainLimit = drainLimit.orElse(null);
    return b;
  }

  /** Builds {@link AwsOptions}. */
  public static final class Builder {
    private String region;
    private URI endpoint;
    private AwsCredentialsProvider credentials;
    private final Map<String, String> images = new LinkedHashMap<>();
    private final Map<String, String> certificates = new LinkedHashMap<>();
    private String keyPair;
    private String existingHostedZoneId;
    // Ten, Terraform's default parallelism: with 4 the apply benchmark (docs/performance.md) spent
    // 1.7-2x the dependency graph's critical path on the reference deployment, waiting for a free
    // worker rather than for AWS; from 8 on it came within 1.3x.
    private int concurrency = 10;
    private RetryMode retryMode = RetryMode.STANDARD;
    private int maxAttempts = 3;
    private Duration apiCallTimeout = Duration.ofMinutes(2);
    private Duration readinessTimeout = Duration.ofMinutes(30);
    private Duration pollInterval = Duration.ofSeconds(15);
    private boolean awaitDeletion = true;
    private final Map<String, String> zoneNames = new LinkedHashMap<>();
    private final List<ExecutionInterceptor> interceptors = new java.util.ArrayList<>();
    private String lockOwner;
    private Duration lockStaleAfter = Duration.ofMinutes(10);
    private Duration drainLimit;

    private Builder() {}

    /** Uses {@code region} instead of the topology's. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** Calls {@code endpoint} instead of AWS (an emulator). */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** Takes credentials from {@code credentials}. */
    public Builder credentials(AwsCredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Boots {@code imageId} for {@code role} ({@link #DEFAULT_ROLE} for every other role). */
    public Builder image(String role, String imageId) {
      checkArgument(imageId.startsWith("ami-"), "image for role '%s' must be an AMI id, got '%s'", role, imageId);
      images.put(role, imageId);
      return this;
    }

    /** Uses the certificate {@code arn} where the model names {@code reference}. */
    public Builder certificate(String reference, String arn) {
      checkArgument(arn.startsWith("arn:"), "certificate for '%s' must be an ARN, got '%s'", reference, arn);
      certificates.put(reference, arn);
      return this;
    }

    /** Gives instances the EC2 key pair {@code name}. */
    public Builder keyPair(String name) {
      this.keyPair = name;
      return this;
    }

    /** Puts DNS records into the existing hosted zone {@code id} rather than creating one. */
    public Builder existingHostedZoneId(String id) {
      this.existingHostedZoneId = id;
      return this;
    }

    /** Works on at most {@code n} resources at once. */
    public Builder concurrency(int n) {
      checkArgument(n >= 1 && n <= 64, "concurrency must be 1..64, got %s", n);
      this.concurrency = n;
      return this;
    }

    /** Retries with {@code mode}. */
    public Builder retryMode(RetryMode mode) {
      this.retryMode = mode;
      return this;
    }

    /** Makes at most {@code n} attempts per call (1 = no retry). */
    public Builder maxAttempts(int n) {
      checkArgument(n >= 1 && n <= 20, "maxAttempts must be 1..20, got %s", n);
      this.maxAttempts = n;
      return this;
    }

    /** Gives up on one API call after {@code timeout}. */
    public Builder apiCallTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "apiCallTimeout must be positive, got %s", timeout);
      this.apiCallTimeout = timeout;
      return this;
    }

    /** Gives up waiting for a resource to be ready after {@code timeout}. */
    public Builder readinessTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "readinessTimeout must be positive, got %s", timeout);
      this.readinessTimeout = timeout;
      return this;
    }

    /** Polls readiness every {@code interval}. */
    public Builder pollInterval(Duration interval) {
      checkArgument(!interval.isNegative() && !interval.isZero(), "pollInterval must be positive, got %s", interval);
      this.pollInterval = interval;
      return this;
    }

    /** Waits (or not) for deletions to finish, see {@link AwsOptions#awaitDeletion()}. */
    public Builder awaitDeletion(boolean await) {
      this.awaitDeletion = await;
      return this;
    }

    /** Maps logical zone {@code logical} to the zone name {@code zoneName}. */
    public Builder zoneName(String logical, String zoneName) {
      zoneNames.put(logical, zoneName);
      return this;
    }

    /** Adds an SDK interceptor to every client. */
    public Builder interceptor(ExecutionInterceptor interceptor) {
      interceptors.add(interceptor);
      return this;
    }

    /** Names this process as {@code owner} in the stack's lock. */
    public Builder lockOwner(String owner) {
      checkArgument(owner != null && !owner.isBlank(), "lock owner must not be blank, got '%s'", owner);
      this.lockOwner = owner;
      return this;
    }

    /** Breaks a stack's lock whose heartbeat is older than {@code staleAfter} (default 10 minutes; the holder beats every quarter of it). */
    public Builder lockStaleAfter(Duration staleAfter) {
      checkArgument(staleAfter != null && !staleAfter.isNegative() && !staleAfter.isZero(), "lock stale timeout must be positive, got %s", staleAfter);
      this.lockStaleAfter = staleAfter;
      return this;
    }

    /**
     * Stops waiting for deregistered servers to drain after {@code limit} (see {@link
     * AwsOptions#drainLimit()}): for demos and tests, never for a service people use.
     */
    public Builder drainLimit(Duration limit) {
      checkArgument(limit != null && !limit.isNegative(), "drain limit must not be negative, got %s", limit);
      this.drainLimit = limit;
      return this;
    }

    /** The options. */
    public AwsOptions build() {
      return new AwsOptions(this);
    }
  }
}
