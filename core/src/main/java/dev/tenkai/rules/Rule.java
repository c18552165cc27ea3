package dev.tenkai.rules;

import java.util.List;

/**
 * One check of a topology: a small pure class (no I/O, no state) annotated with its
 * {@link RuleInfo}. To add your own, implement this interface, annotate the class, and add an
 * instance to a {@link RulePack}:
 *
 * <pre>{@code
 * @RuleInfo(id = "ACME-001", severity = Severity.WARNING,
 *     summary = "Web servers run on at least two per zone",
 *     rationale = "Our SRE handbook, section 4.", remediation = "Raise countPerZone to 2.")
 * final class TwoPerZone implements Rule {
 *   public List<Violation> check(RuleContext ctx) { ... }
 * }
 * Validator.builder().addPack(RulePack.of("acme", List.of(new TwoPerZone()))).build();
 * }</pre>
 */
public interface Rule {
  /** The violations of this rule in the topology, in model order; empty when it holds. */
  List<Violation> check(RuleContext context);

  /** The rule's identity, read from its {@link RuleInfo} annotation. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(
          "rule " + getClass().getName() + " has no @RuleInfo annotation");
    }
    return info;
  }
}
