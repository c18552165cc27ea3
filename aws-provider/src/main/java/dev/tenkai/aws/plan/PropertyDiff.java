package dev.tenkai.aws.plan;

/**
 * One property that differs: its name, the value found and the value wanted, and how the
 * resource takes the new value.
 *
 * @param name the property
 * @param current the value found ("" when absent)
 * @param desired the value wanted ("" when absent)
 * @param behaviour how the kind changes this property
 * @param refusal why it cannot change ("" unless {@link UpdateBehaviour#IMMUTABLE})
 */
public record PropertyDiff(String name, String current, String desired, UpdateBehaviour behaviour, String refusal) {
  /** A diff that changes in place or forces a replacement. */
  public PropertyDiff(String name, String current, String desired, boolean inPlace) {
    this(name, current, desired, inPlace ? UpdateBehaviour.IN_PLACE : UpdateBehaviour.REPLACE, "");
  }

  /** Whether the handler can change it without replacing the resource. */
  public boolean inPlace() {
    return behaviour.inPlace();
  }

  @Override
  public String toString() {
    return name + ": " + show(current) + " -> " + show(desired) + behaviour.note() + (refusal.isEmpty() ? "" : ": " + refusal);
  }

  private static String show(String v) {
    return v.isEmpty() ? "(none)" : v;
  }
}
