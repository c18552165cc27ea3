package dev.tenkai.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * A lock that lives with the stack, in its account and region, so two machines applying the same
 * stack see each other: an EC2 key pair named {@code tenkai-lock-<stack>}. Creating a key pair of
 * a name that exists fails (InvalidKeyPair.Duplicate), which makes taking the lock one atomic
 * call; the key pair needs no VPC, costs nothing and is never used to log in (the private key
 * AWS returns is dropped unread). Its tags say who holds it ({@value #OWNER}) and when the holder
 * last showed it was alive ({@value #HEARTBEAT}, refreshed while the lock is held).
 *
 * <p>A lock whose heartbeat is older than the stale timeout belongs to a process that died: the
 * next {@link #acquire} deletes it, reports the break (holder and last heartbeat) and takes the
 * lock with the same atomic create, so of two processes breaking the same stale lock only one
 * gets it.
 */
public final class StackLock implements AutoCloseable {
  /** The tag naming the holder. */
  public static final String OWNER = "tenkai:lock-owner";
  /** The tag with the holder's last heartbeat (an ISO-8601 instant). */
  public static final String HEARTBEAT = "tenkai:lock-heartbeat";

  private final Ec2Client ec2;
  private final String stack;
  private final String owner;
  private final String keyPairId;
  private final Clock clock;
  private final Consumer<String> report;

  private StackLock(Ec2Client ec2, String stack, String owner, String keyPairId, Clock clock, Consumer<String> report) {
    this.ec2 = ec2;
    this.stack = stack;
    this.owner = owner;
    this.keyPairId = keyPairId;
    this.clock = clock;
    this.report = report;
  }

  /** The key pair's name that holds {@code stack}'s lock. */
  public static String name(String stack) {
    return "tenkai-lock-" + stack;
  }

  /**
   * Takes {@code stack}'s lock for {@code owner}, breaking it first when its heartbeat is older
   * than {@code staleAfter} (the break is passed to {@code report}).
   *
   * @throws StackLockedException when another holder's heartbeat is fresh
   */
  public static StackLock acquire(Ec2Client ec2, String stack, String owner, Duration staleAfter, Clock clock, Consumer<String> report) {
    String name = name(stack);
    for (int attempt = 1; ; attempt++) {
      try {
        String id = ec2.createKeyPair(r -> r.keyName(name).keyType("ed25519").tagSpecifications(TagSpecification.builder().resourceType("key-pair").tags(
            tag(StackTags.STACK, stack), tag(OWNER, owner), tag(HEARTBEAT, clock.instant().toString())).build())).keyPairId();
        return new StackLock(ec2, stack, owner, id, clock, report);
      } catch (Ec2Exception e) {
        if (e.awsErrorDetails() == null || !"InvalidKeyPair.Duplicate".equals(e.awsErrorDetails().errorCode())) {
          throw e;
        }
      }
      Optional<KeyPairInfo> held = find(ec2, name);
      if (held.isEmpty()) {
        continue; // released between our create and our read: try again
      }
      Map<String, String> tags = tags(held.get().tags());
      String holder = tags.getOrDefault(OWNER, "unknown (no " + OWNER + " tag)");
      Optional<Instant> beat = heartbeat(tags.get(HEARTBEAT));
      Instant now = clock.instant();
      boolean stale = beat.isEmpty() || beat.get().plus(staleAfter).isBefore(now);
      if (!stale || attempt > 2) {
        throw new StackLockedException(String.format(
            "stack '%s' is locked by %s (last heartbeat %s, %s ago; the lock is the EC2 key pair '%s' in this region). "
                + "Another apply or destroy is running; wait for it to finish. A lock whose holder died is broken "
                + "automatically once its heartbeat is older than %s; if you know the holder is gone, break it now with "
                + "'tenkai unlock --holder \"%s\"' (AwsProvider#breakLock).",
            stack, holder, beat.map(Instant::toString).orElse("none"), beat.map(b -> Duration.between(b, now).withNanos(0).toString()).orElse("?"),
            name, staleAfter, holder));
      }
      report.accept(String.format("broke the stale lock of stack '%s' held by %s: last heartbeat %s is older than %s",
          stack, holder, beat.map(Instant::toString).orElse("none"), staleAfter));
      ec2.deleteKeyPair(r -> r.keyName(name));
    }
  }

  /**
   * Breaks {@code stack}'s lock at once, whatever its heartbeat, but only when {@code holder} holds
   * it: the person who knows that process is dead names it (as the refusal message did), so a
   * lock taken meanwhile by someone else is never broken by mistake.
   *
   * @return what was done, for the user: the lock broken, or that there was none
   * @throws StackLockedException when the lock is held by someone other than {@code holder}
   */
  public static String breakHeldBy(Ec2Client ec2, String stack, String holder) {
    String name = name(stack);
    Optional<KeyPairInfo> held = find(ec2, name);
    if (held.isEmpty()) {
      return "stack '" + stack + "' is not locked (no EC2 key pair '" + name + "' in this region); nothing to break";
    }
    Map<String, String> tags = tags(held.get().tags());
    String owner = tags.getOrDefault(OWNER, "unknown (no " + OWNER + " tag)");
    if (!owner.equals(holder)) {
      throw new StackLockedException(String.format(
          "stack '%s' is locked by %s, not by %s (last heartbeat %s); nothing was broken. Name the holder the lock "
              + "message shows, and only once you know that process is gone.",
          stack, owner, holder, tags.getOrDefault(HEARTBEAT, "none")));
    }
    ec2.deleteKeyPair(r -> r.keyName(name));
    return String.format("broke the lock of stack '%s' held by %s (last heartbeat %s): the EC2 key pair '%s' is deleted",
        stack, owner, tags.getOrDefault(HEARTBEAT, "none"), name);
  }

  private static Optional<KeyPairInfo> find(Ec2Client ec2, String name) {
    List<KeyPairInfo> pairs = ec2.describeKeyPairs(r -> r.filters(Filter.builder().name("key-name").values(name).build())).keyPairs();
    return pairs.stream().filter(p -> name.equals(p.keyName())).findFirst();
  }

  private static Optional<Instant> heartbeat(String text) {
    try {
      return Optional.ofNullable(text).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> tags(List<Tag> tags) {
    return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  /** Who holds this lock. */
  public String owner() {
    return owner;
  }

  /** Shows the holder is alive: refreshes the heartbeat tag. */
  public void heartbeat() {
    ec2.createTags(r -> r.resources(keyPairId).tags(tag(HEARTBEAT, clock.instant().toString())));
  }

  /**
   * Releases the lock, unless it is no longer ours (another process broke it after our heartbeat
   * went stale): then it is left to its new holder and the fact is reported.
   */
  @Override
  public void close() {
    String name = name(stack);
    Optional<KeyPairInfo> held = find(ec2, name);
    if (held.isEmpty()) {
      report.accept("the lock of stack '" + stack + "' was already gone at release");
      return;
    }
    String holder = tags(held.get().tags()).get(OWNER);
    if (!owner.equals(holder)) {
      report.accept("the lock of stack '" + stack + "' is now held by " + holder + " (ours went stale and was broken); left in place");
      return;
    }
    ec2.deleteKeyPair(r -> r.keyName(name));
  }
}
