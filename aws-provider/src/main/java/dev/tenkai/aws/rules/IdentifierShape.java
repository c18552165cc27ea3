package dev.tenkai.aws.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape AWS demands of an identifier (length, characters, where hyphens may go), and the
 * reasons a given name does not have it. Each name rule declares its shape once.
 */
final class IdentifierShape {
  private static final Pattern ALPHANUMERIC_AND_HYPHENS = Pattern.compile("[A-Za-z0-9-]*");

  private final int maxLength;
  private final boolean mustStartWithLetter;
  private final boolean mayStartWithHyphen;
  private final boolean mayHaveDoubleHyphen;

  private IdentifierShape(
      int maxLength, boolean mustStartWithLetter, boolean mayStartWithHyphen, boolean mayHaveDoubleHyphen) {
    this.maxLength = maxLength;
    this.mustStartWithLetter = mustStartWithLetter;
    this.mayStartWithHyphen = mayStartWithHyphen;
    this.mayHaveDoubleHyphen = mayHaveDoubleHyphen;
  }

  /** Elastic Load Balancing names: letters, digits, hyphens; no hyphen at either end. */
  static IdentifierShape elb(int maxLength) {
    return new IdentifierShape(maxLength, false, false, true);
  }

  /**
   * Target group names: like {@link #elb}, and without "--" (AWS answers it with a pattern error
   * its documentation does not mention; moto reproduces it).
   */
  static IdentifierShape targetGroup(int maxLength) {
    return new IdentifierShape(maxLength, false, false, false);
  }

  /** RDS and ElastiCache identifiers: also start with a letter and never hold "--". */
  static IdentifierShape dbStyle(int maxLength) {
    return new IdentifierShape(maxLength, true, false, false);
  }

  /** The maximum length. */
  int maxLength() {
    return maxLength;
  }

  /** Why {@code name} does not have this shape, in words; empty when it does. */
  List<String> problems(String name) {
    List<String> out = new ArrayList<>();
    if (name.isEmpty() || name.length() > maxLength) {
      out.add("is " + name.length() + " characters long (1 to " + maxLength + " allowed)");
    }
    if (!ALPHANUMERIC_AND_HYPHENS.matcher(name).matches()) {
      out.add("holds characters other than letters, digits and hyphens");
    }
    if (!name.isEmpty()) {
      if (mustStartWithLetter && !Character.isLetter(name.charAt(0))) {
        out.add("does not start with a letter");
      } else if (!mayStartWithHyphen && name.startsWith("-")) {
        out.add("starts with a hyphen");
      }
      if (name.endsWith("-")) {
        out.add("ends with a hyphen");
      }
    }
    if (!mayHaveDoubleHyphen && name.contains("--")) {
      out.add("holds two consecutive hyphens");
    }
    return out;
  }
}
