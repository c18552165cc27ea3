package dev.tenkai.aws.plan;

/**
 * One property that differs: its name, the value found and the value wanted, and whether it can
 * change in place.
 *
 * @param name the property
 * @param current the value found ("" when absent)
 * @param desired the value wanted ("" when absent)
 * @param inPlace whether the handler can change it without replacing the resource
 */
public record PropertyDiff(String name, String current, String desired, boolean inPlace) {
  @Override
  public String toString() {
    return name + ": " + show(current) + " -> " + show(desired) + (inPlace ? "" : " (forces replacement)");
  }

  private static String show(String v) {
    return v.isEmpty() ? "(none)" : v;
  }
}
