package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.immutables.value.Value;

/** Who this process is when it holds a stack's lock (see {@link StackLock}), and when a holder counts as dead. */
@Value.Immutable
@OptionsStyle
public abstract class LockingOptions {
  /** Who this process is in the lock: user, host and process id by default. */
  @Value.Default
  public String owner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    return System.getProperty("user.name", "unknown") + "@" + host + " pid " + ProcessHandle.current().pid();
  }

  /** How old a holder's heartbeat may grow before the lock counts as left by a dead process and is broken (10 minutes; the holder beats every quarter of it). */
  @Value.Default
  public Duration staleAfter() {
    return Duration.ofMinutes(10);
  }

  @Value.Check
  void check() {
    checkArgument(!owner().isBlank(), "lock owner must not be blank, got '%s'", owner());
    checkArgument(!staleAfter().isNegative() && !staleAfter().isZero(), "lock stale timeout must be positive, got %s", staleAfter());
  }

  /** A new builder with the defaults. */
  public static ImmutableLockingOptions.Builder builder() {
    return ImmutableLockingOptions.builder();
  }
}
