package dev.tenkai.aws.faults;

import java.net.SocketException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * An SDK interceptor that makes AWS calls fail on purpose: the k-th mutating call of a run (a
 * sweep), or a seeded share of all calls (a storm). Faults are raised just before the request
 * would be sent, inside the SDK's retry loop, so with retries on they are retried like real ones
 * and with one attempt they reach the provider.
 */
public final class FaultInjector implements ExecutionInterceptor {
  /** The ways a call fails. */
  public enum Kind {
    /** HTTP 400 with a throttling code (EC2 says RequestLimitExceeded, the others Throttling). */
    THROTTLING,
    /** HTTP 500 InternalError. */
    SERVER_ERROR,
    /** The connection is reset before a response arrives (an SdkClientException over an IOException). */
    CONNECTION_RESET,
    /**
     * AWS carries the request out but the response is lost (a read timeout after sending): the
     * call fails although its effect exists. Raised after transmission.
     */
    RESPONSE_LOST
  }

  /** Marks every injected failure so a report can be checked for it. */
  public static final String MARK = "injected fault";

  private final AtomicInteger mutating = new AtomicInteger();
  private final List<String> injected = new CopyOnWriteArrayList<>();
  private volatile int failAt;
  private volatile Kind kind;
  private volatile double rate;
  private volatile Random random;
  private final ThreadLocal<String> loseResponse = new ThreadLocal<>();

  /** An injector that injects nothing until armed; it still counts mutating calls. */
  public FaultInjector() {}

  /** Fails the {@code k}-th mutating call from now (1-based) with {@code kind}; counting restarts. */
  public synchronized void failMutating(int k, Kind kind) {
    this.mutating.set(0);
    this.failAt = k;
    this.kind = kind;
    this.rate = 0;
    this.injected.clear();
  }

  /** Throttles a {@code rate} share of every call (reads too), chosen by a random sequence from {@code seed}. */
  public synchronized void storm(double rate, long seed) {
    this.mutating.set(0);
    this.failAt = 0;
    this.kind = Kind.THROTTLING;
    this.rate = rate;
    this.random = new Random(seed);
    this.injected.clear();
  }

  /** Stops injecting; counting restarts. */
  public synchronized void disarm() {
    this.mutating.set(0);
    this.failAt = 0;
    this.rate = 0;
  }

  /** Mutating calls seen since the injector was last armed or disarmed. */
  public int mutatingCalls() {
    return mutating.get();
  }

  /** The operations that were failed on purpose, in order. */
  public List<String> injected() {
    return List.copyOf(injected);
  }

  /** Whether {@code operation} (e.g. "RunInstances") changes anything: not Describe*, List*, Get*. */
  public static boolean isMutating(String operation) {
    return !(operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get") || isLock(operation));
  }

  /** The stack lock's own calls (an EC2 key pair), left out of the sweep: StackLockOnMotoTest covers them. */
  static boolean isLock(String operation) {
    return operation.endsWith("KeyPair");
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String name = context.request().getClass().getSimpleName();
    String operation = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    boolean fail;
    synchronized (this) {
      if (rate > 0) {
        fail = random.nextDouble() < rate;
      } else {
        fail = isMutating(operation) && mutating.incrementAndGet() == failAt;
      }
    }
    if (fail) {
      injected.add(operation);
      if (kind == Kind.RESPONSE_LOST) {
        loseResponse.set(operation);
        return;
      }
      throw fault(operation, kind, context.httpRequest().host());
    }
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    String operation = loseResponse.get();
    if (operation != null) {
      loseResponse.remove();
      throw SdkClientException.create("Unable to execute HTTP request: Read timed out (" + MARK + " in " + operation + ")",
          new java.net.SocketTimeoutException("Read timed out"));
    }
  }

  static RuntimeException fault(String operation, Kind kind, String host) {
    switch (kind) {
      case THROTTLING:
        String code = host.startsWith("ec2") || operation.startsWith("RunInstances") ? "RequestLimitExceeded" : "Throttling";
        return AwsServiceException.builder().statusCode(400).message("Rate exceeded (" + MARK + " in " + operation + ")")
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("Rate exceeded (" + MARK + ")").build()).build();
      case SERVER_ERROR:
        return AwsServiceException.builder().statusCode(500).message("We encountered an internal error (" + MARK + " in " + operation + ")")
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalError").errorMessage("internal error (" + MARK + ")").build()).build();
      case CONNECTION_RESET:
        return SdkClientException.create("Unable to execute HTTP request: Connection reset (" + MARK + " in " + operation + ")",
            new SocketException("Connection reset"));
      default:
        throw new AssertionError(kind + " is not raised before transmission");
    }
  }
}
