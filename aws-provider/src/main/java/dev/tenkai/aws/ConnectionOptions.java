package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * Where and how the provider's SDK clients call AWS: region and endpoint overrides, credentials,
 * the SDK's retry mode and attempts, the per-call timeout and extra interceptors.
 */
@Value.Immutable
@OptionsStyle
public abstract class ConnectionOptions {
  /** The default attempts per call, the first included (see {@link AwsOptions.Builder#maxAttempts}). */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** The region to use instead of the topology's, if any. */
  public abstract Optional<String> region();

  /** The endpoint to call instead of AWS's (an emulator), if any. */
  public abstract Optional<URI> endpoint();

  /** Where credentials come from: the SDK's default chain unless set. */
  @Value.Default
  public AwsCredentialsProvider credentials() {
    return DefaultCredentialsProvider.builder().build();
  }

  /** The SDK retry mode. */
  @Value.Default
  public RetryMode retryMode() {
    return RetryMode.STANDARD;
  }

  /** Attempts per API call, the first included. */
  @Value.Default
  public int maxAttempts() {
    return DEFAULT_MAX_ATTEMPTS;
  }

  /** The longest a single API call may take, retries included. */
  @Value.Default
  public Duration apiCallTimeout() {
    return Duration.ofMinutes(2);
  }

  /** SDK interceptors added to every client (auditing, call counting in tests, an emulator's fidelity layer). */
  public abstract List<ExecutionInterceptor> interceptors();

  /**
   * Why no call could be signed, if so: the credentials cannot be resolved and no endpoint (an
   * emulator) is set. The message names both ways forward; empty when calls can go ahead.
   */
  public Optional<String> credentialsProblem() {
    try {
      credentials().resolveCredentials();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("no AWS credentials found (" + e.getMessage() + "). Either configure credentials "
          + "(AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, an instance role), or run against a "
          + "local emulator (tenkai ... --local, or --endpoint URL with moto_server)");
    }
  }

  @Value.Check
  void check() {
    checkArgument(maxAttempts() >= 1 && maxAttempts() <= 20, "maxAttempts must be 1..20, got %s", maxAttempts());
    checkArgument(!apiCallTimeout().isNegative() && !apiCallTimeout().isZero(), "apiCallTimeout must be positive, got %s", apiCallTimeout());
  }

  /** A new builder with the defaults: the default credential chain, standard retries, 3 attempts, 2 minutes per call. */
  public static ImmutableConnectionOptions.Builder builder() {
    return ImmutableConnectionOptions.builder();
  }
}
