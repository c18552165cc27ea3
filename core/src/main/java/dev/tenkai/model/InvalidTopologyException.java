package dev.tenkai.model;

/**
 * The one exception Tenkai throws for a topology that cannot exist: a malformed CIDR, an unknown
 * zone, a duplicate name, a dangling reference, an impossible count, a missing attribute. The
 * message names the place (a path in the model such as {@code serverGroups[web].countPerZone[x]})
 * and the offending value; a value too long to read is cut by {@link Excerpt}.
 *
 * <p>Choices that are legal but unwise are not reported here; the validation rules report them as
 * findings.
 */
public class InvalidTopologyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** Used by the generated builders, whose messages already name the attribute. */
  public InvalidTopologyException(String message) {
    this("", message);
  }

  /**
   * A failure at {@code path}.
   *
   * @param path where in the model, e.g. {@code network.tiers[private].subnets[a]}; may be empty
   * @param message what is wrong, naming the value
   */
  public InvalidTopologyException(String path, String message) {
    super(Excerpt.ofMessage(path.isEmpty() ? message : path + ": " + message));
    this.path = Excerpt.ofMessage(path);
  }

  /** Where in the model the failure is, or an empty string when the builder did not say. */
  public String path() {
    return path;
  }

  /** Throws an {@code InvalidTopologyException} at {@code path} unless {@code condition} holds. */
  public static void check(boolean condition, String path, String format, Object... args) {
    if (!condition) {
      throw new InvalidTopologyException(path, String.format(format, args));
    }
  }
}
