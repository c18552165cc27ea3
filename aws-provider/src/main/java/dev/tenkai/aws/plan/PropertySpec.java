package dev.tenkai.aws.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What a kind declares about one property it sets: how it changes, whether an absent desired
 * value means "whatever AWS assigned" (a default backup window, say) rather than "none", and
 * when a value read back counts as the desired one.
 *
 * @param behaviour how the resource takes a new value
 * @param assignedWhenAbsent an absent desired value leaves what AWS assigned alone (no diff)
 * @param refusal why the value cannot change, for {@link UpdateBehaviour#IMMUTABLE}
 * @param same whether (read back, desired) are equal
 */
public record PropertySpec(
    UpdateBehaviour behaviour, boolean assignedWhenAbsent, Optional<String> refusal, BiPredicate<String, String> same) {
  /** Checks the combination. */
  public PropertySpec {
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(same, "same");
    if (behaviour == UpdateBehaviour.IMMUTABLE && refusal.isEmpty()) {
      throw new IllegalArgumentException("an immutable property must say why it cannot change");
    }
  }

  /** A property that changes with {@code behaviour}, compared as text. */
  public static PropertySpec of(UpdateBehaviour behaviour) {
    return new PropertySpec(behaviour, false, Optional.empty(), String::equals);
  }

  /** A property that cannot change, for {@code reason}. */
  public static PropertySpec immutable(String reason) {
    return new PropertySpec(UpdateBehaviour.IMMUTABLE, false, Optional.of(reason), String::equals);
  }

  /** This spec, where an absent desired value means whatever AWS assigned. */
  public PropertySpec whenAbsentAssigned() {
    return new PropertySpec(behaviour, true, refusal, same);
  }

  /** This spec, comparing with {@code equal} (read back, desired). */
  public PropertySpec comparedBy(BiPredicate<String, String> equal) {
    return new PropertySpec(behaviour, assignedWhenAbsent, refusal, equal);
  }
}
