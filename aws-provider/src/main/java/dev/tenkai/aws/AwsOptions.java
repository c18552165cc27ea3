package dev.tenkai.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * The choices a topology does not carry, in four small values: {@link ConnectionOptions} (where
 * and how to call AWS), {@link RealizationInputs} (what the mapping needs: images, key pair,
 * certificates, hosted zone, zone names), {@link ExecutionOptions} (parallelism, waits) and {@link
 * LockingOptions} (the stack lock). Build it with {@link #builder()}, which sets any of them in one
 * chain; settings for a local emulator come from {@code dev.tenkai.aws.local.LocalEmulator}.
 */
public final class AwsOptions {
  /** The role name whose image is used when a role has none of its own. */
  public static final String DEFAULT_ROLE = RealizationInputs.DEFAULT_ROLE;

  private final ConnectionOptions connection;
  private final RealizationInputs realization;
  private final ExecutionOptions execution;
  private final LockingOptions locking;

  private AwsOptions(ConnectionOptions connection, RealizationInputs realization, ExecutionOptions execution, LockingOptions locking) {
    this.connection = connection;
    this.realization = realization;
    this.execution = execution;
    this.locking = locking;
  }

  /** A new builder with every default (see each part's builder). */
  public static Builder builder() {
    return new Builder();
  }

  /** Where and how the SDK clients call AWS. */
  public ConnectionOptions connection() {
    return connection;
  }

  /** What the mapping needs beyond the topology. */
  public RealizationInputs realization() {
    return realization;
  }

  /** How an apply or destroy runs. */
  public ExecutionOptions execution() {
    return execution;
  }

  /** The stack lock's owner name and staleness. */
  public LockingOptions locking() {
    return locking;
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().connection(connection).realization(realization).execution(execution).locking(locking);
  }

  /** Builds {@link AwsOptions}, one setter per option of any part; each part checks its values when built. */
  public static final class Builder {
    private ImmutableConnectionOptions.Builder connection = ConnectionOptions.builder();
    private ImmutableRealizationInputs.Builder realization = RealizationInputs.builder();
    private ImmutableExecutionOptions.Builder execution = ExecutionOptions.builder();
    private ImmutableLockingOptions.Builder locking = LockingOptions.builder();

    private Builder() {}

    /** Replaces the connection part. */
    public Builder connection(ConnectionOptions c) {
      this.connection = ConnectionOptions.builder().from(c);
      return this;
    }

    /** Replaces the realization inputs. */
    public Builder realization(RealizationInputs r) {
      this.realization = RealizationInputs.builder().from(r);
      return this;
    }

    /** Replaces the execution part. */
    public Builder execution(ExecutionOptions e) {
      this.execution = ExecutionOptions.builder().from(e);
      return this;
    }

    /** Replaces the locking part. */
    public Builder locking(LockingOptions l) {
      this.locking = LockingOptions.builder().from(l);
      return this;
    }

    /** Uses {@code region} instead of the topology's. */
    public Builder region(String region) {
      connection.region(region);
      return this;
    }

    /** Calls {@code endpoint} instead of AWS (an emulator). */
    public Builder endpoint(URI endpoint) {
      connection.endpoint(endpoint);
      return this;
    }

    /** Takes credentials from {@code credentials}. */
    public Builder credentials(AwsCredentialsProvider credentials) {
      connection.credentials(credentials);
      return this;
    }

    /** Retries with {@code mode}. */
    public Builder retryMode(RetryMode mode) {
      connection.retryMode(mode);
      return this;
    }

    /** Makes at most {@code n} attempts per call, 1..20 (1 = no retry). */
    public Builder maxAttempts(int n) {
      connection.maxAttempts(n);
      return this;
    }

    /** Gives up on one API call after {@code timeout}. */
    public Builder apiCallTimeout(Duration timeout) {
      connection.apiCallTimeout(timeout);
      return this;
    }

    /** Adds an SDK interceptor to every client. */
    public Builder interceptor(ExecutionInterceptor interceptor) {
      connection.addInterceptor(interceptor);
      return this;
    }

    /** Boots {@code imageId} (an AMI id) for {@code role} ({@link #DEFAULT_ROLE} for every other role). */
    public Builder image(String role, String imageId) {
      realization.putImage(role, imageId);
      return this;
    }

    /** Uses the certificate {@code arn} where the model names {@code reference}. */
    public Builder certificate(String reference, String arn) {
      realization.putCertificate(reference, arn);
      return this;
    }

    /** Gives instances the EC2 key pair {@code name}. */
    public Builder keyPair(String name) {
      realization.keyPair(name);
      return this;
    }

    /** Puts DNS records into the existing hosted zone {@code id} rather than creating one. */
    public Builder existingHostedZoneId(String id) {
      realization.existingHostedZoneId(id);
      return this;
    }

    /** Maps logical zone {@code logical} to the zone name {@code zoneName}. */
    public Builder zoneName(String logical, String zoneName) {
      realization.putZoneName(logical, zoneName);
      return this;
    }

    /** Works on at most {@code n} resources at once, 1..64. */
    public Builder concurrency(int n) {
      execution.concurrency(n);
      return this;
    }

    /** Gives up waiting for a resource to be ready after {@code timeout}. */
    public Builder readinessTimeout(Duration timeout) {
      execution.readinessTimeout(timeout);
      return this;
    }

    /** Polls readiness every {@code interval}. */
    public Builder pollInterval(Duration interval) {
      execution.pollInterval(interval);
      return this;
    }

    /** Waits (or not) for deletions to finish, see {@link ExecutionOptions#awaitDeletion()}. */
    public Builder awaitDeletion(boolean await) {
      execution.awaitDeletion(await);
      return this;
    }

    /**
     * Stops waiting for deregistered servers to drain after {@code limit} (see {@link
     * ExecutionOptions#drainLimit()}): for demos and tests, never for a service people use.
     */
    public Builder drainLimit(Duration limit) {
      execution.drainLimit(limit);
      return this;
    }

    /** Names this process as {@code owner} in the stack's lock. */
    public Builder lockOwner(String owner) {
      locking.owner(owner);
      return this;
    }

    /** Breaks a stack's lock whose heartbeat is older than {@code staleAfter} (default 10 minutes). */
    public Builder lockStaleAfter(Duration staleAfter) {
      locking.staleAfter(staleAfter);
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming the first option whose value AWS or the provider cannot use
     */
    public AwsOptions build() {
      return new AwsOptions(connection.build(), realization.build(), execution.build(), locking.build());
    }
  }
}
