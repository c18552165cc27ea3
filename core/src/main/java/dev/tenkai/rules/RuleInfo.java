package dev.tenkai.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity, declared once on its class: reports and {@code docs/rules.md} are generated
 * from it, so the catalogue cannot drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id, e.g. {@code TK-LB-001}; never reused for another meaning. */
  String id();

  /** The default severity; a pack or the user may change it. */
  Severity severity();

  /** One line: what the rule flags. */
  String summary();

  /** Why it matters, citing the lesson it comes from. */
  String rationale();

  /** What to change. */
  String remediation();
}
