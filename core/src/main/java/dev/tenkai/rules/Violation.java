package dev.tenkai.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * What a rule reports: the resource (a {@link ResourcePath}, such as {@code loadBalancers[web-lb]})
 * and a message with the values involved. The validator adds the rule's identity and fix.
 */
public final class Violation {
  private final ResourcePath resource;
  private final String message;

  private Violation(ResourcePath resource, String message) {
    checkArgument(resource != null, "a violation names its resource");
    checkArgument(!message.isBlank(), "a violation has a message");
    this.resource = resource;
    this.message = message;
  }

  /** A violation at {@code resource}. */
  public static Violation at(ResourcePath resource, String message) {
    return new Violation(resource, message);
  }

  /** A violation at {@code resource}, its message formatted with {@link String#format}. */
  public static Violation at(ResourcePath resource, String format, Object... args) {
    return new Violation(resource, String.format(format, args));
  }

  /** The path of the resource in the model. */
  public ResourcePath resource() {
    return resource;
  }

  /** What is wrong, with the values. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation
        && ((Violation) o).resource.equals(resource)
        && ((Violation) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, message);
  }

  @Override
  public String toString() {
    return resource + ": " + message;
  }
}
