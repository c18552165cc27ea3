package dev.tenkai.aws.apply;

import dev.tenkai.aws.handlers.HandlerContext;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.CurrentResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The engine's policy around every call into a kind: an error code that means "not yet"
 * (throttling, for every kind, or one the kind lists) is retried, with a growing pause, up to the
 * options' attempts and the kind's deadline; readiness and deletion are awaited by polling the
 * kind's read on the provider's clock until the kind's deadline. Kinds never sleep.
 */
final class KindCalls {
  /** AWS's throttling codes across services: "not yet" for every kind. */
  static final Set<String> THROTTLING = Set.of(
      "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottled", "RequestThrottledException",
      "RequestLimitExceeded", "TooManyRequestsException", "ProvisionedThroughputExceededException",
      "SlowDown", "EC2ThrottledException", "BandwidthLimitExceeded", "RequestLimitExceededException");

  private final ProviderClock clock;
  private final HandlerContext ctx;
  private final ApplyListener listener;

  KindCalls(ProviderClock clock, HandlerContext ctx, ApplyListener listener) {
    this.clock = clock;
    this.ctx = ctx;
    this.listener = listener;
  }

  /** The clock. */
  ProviderClock clock() {
    return clock;
  }

  /** Whether {@code e} means "not yet" for {@code kind}. */
  static boolean notYet(ResourceHandler kind, Throwable e) {
    if (!(e instanceof AwsServiceException)) {
      return false;
    }
    AwsServiceException a = (AwsServiceException) e;
    String code = a.awsErrorDetails() == null ? null : a.awsErrorDetails().errorCode();
    return code != null && (THROTTLING.contains(code) || kind.notYetCodes().contains(code));
  }

  /** Runs {@code call} of {@code kind} for change {@code c}, retrying "not yet". */
  <T> T retrying(Change c, ResourceHandler kind, Supplier<T> call) {
    int attempts = Math.max(1, ctx.options().connection().maxAttempts());
    Instant deadline = clock.now().plus(kind.deadline(ctx));
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        Duration pause = ctx.options().execution().pollInterval().multipliedBy(attempt);
        if (attempt >= attempts || !notYet(kind, e) || clock.now().plus(pause).isAfter(deadline)) {
          throw e;
        }
        listener.retrying(c, attempt + 1, e);
        sleep(pause);
      }
    }
  }

  /** Creates the change's resource, waits until it is ready, then lets the kind finish it. */
  CurrentResource create(Change c, ResourceHandler kind) {
    CurrentResource made = retrying(c, kind, () -> kind.create(c.desired().orElseThrow(), ctx));
    // The resource exists from here: recorded at once, so a failed wait leaves it known.
    ctx.state().put(made);
    CurrentResource ready = awaitReady(c, kind, made);
    return retrying(c, kind, () -> kind.configure(c.desired().orElseThrow(), ready, ctx));
  }

  /** Updates the change's resource in place and waits until it is ready again. */
  CurrentResource update(Change c, ResourceHandler kind, CurrentResource current) {
    CurrentResource changed = retrying(c, kind, () -> kind.update(c.desired().orElseThrow(), current, ctx));
    return awaitReady(c, kind, changed);
  }

  /** Deletes {@code current} and waits until it is gone. */
  void delete(Change c, ResourceHandler kind, CurrentResource current) {
    retrying(c, kind, () -> {
      kind.delete(current, ctx);
      return null;
    });
    awaitGone(c, kind, current);
  }

  private CurrentResource awaitReady(Change c, ResourceHandler kind, CurrentResource r) {
    Duration limit = kind.deadline(ctx);
    Instant deadline = clock.now().plus(limit);
    boolean reported = false;
    while (true) {
      Optional<CurrentResource> now = retrying(c, kind, () -> kind.ready(r, ctx));
      if (now.isPresent()) {
        return now.get();
      }
      if (!reported) {
        ctx.waitingFor(r.logicalId() + " (" + r.physicalId() + ") to be ready (up to " + limit + ")");
        reported = true;
      }
      if (!clock.now().isBefore(deadline)) {
        throw new WaitTimedOutException(r.logicalId() + " (" + r.physicalId() + ") was not ready after " + limit);
      }
      sleep(ctx.options().execution().pollInterval());
    }
  }

  private void awaitGone(Change c, ResourceHandler kind, CurrentResource r) {
    Duration limit = kind.deadline(ctx);
    Instant deadline = clock.now().plus(limit);
    boolean reported = false;
    while (!retrying(c, kind, () -> kind.gone(r, ctx))) {
      if (!reported) {
        ctx.waitingFor(r.logicalId() + " (" + r.physicalId() + ") to be deleted (up to " + limit + ")");
        reported = true;
      }
      if (!clock.now().isBefore(deadline)) {
        throw new WaitTimedOutException(r.logicalId() + " (" + r.physicalId() + ") was still there after " + limit);
      }
      sleep(ctx.options().execution().pollInterval());
    }
  }

  /** Sleeps {@code d} on the clock. */
  void sleep(Duration d) {
    try {
      clock.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
