package dev.tenkai.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** All findings of one validation, most severe first, then in rule and model order. */
public final class ValidationResult {
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Suppression> unusedSuppressions;

  ValidationResult(List<Finding> findings, List<Suppression> unusedSuppressions) {
    this.findings = ImmutableList.copyOf(findings);
    this.unusedSuppressions = ImmutableList.copyOf(unusedSuppressions);
  }

  /** Every finding, suppressed ones included. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings that are not suppressed. */
  public ImmutableList<Finding> active() {
    return findings.stream().filter(f -> !f.suppressed()).collect(ImmutableList.toImmutableList());
  }

  /** Active findings of {@code severity}. */
  public ImmutableList<Finding> active(Severity severity) {
    return active().stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /**
   * The suppressions that matched no finding: a mistyped resource path, or a problem since fixed
   * whose suppression can go.
   */
  public ImmutableList<Suppression> unusedSuppressions() {
    return unusedSuppressions;
  }

  /** Whether any active finding is an error. */
  public boolean hasErrors() {
    return !active(Severity.ERROR).isEmpty();
  }

  /** Whether any active finding is a warning. */
  public boolean hasWarnings() {
    return !active(Severity.WARNING).isEmpty();
  }
}
