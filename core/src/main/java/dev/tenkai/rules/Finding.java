package dev.tenkai.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One result of validation: which rule, at what severity, on which resource, what is wrong (with
 * the values), how to fix it, and whether it was suppressed and why.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String summary;
  private final ResourcePath resource;
  private final String message;
  private final String remediation;
  private final Optional<String> suppressedBecause;

  Finding(
      String ruleId,
      Severity severity,
      String summary,
      ResourcePath resource,
      String message,
      String remediation,
      Optional<String> suppressedBecause) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.summary = summary;
    this.resource = resource;
    this.message = message;
    this.remediation = remediation;
    this.suppressedBecause = suppressedBecause;
  }

  /** The rule's stable id. */
  public String ruleId() {
    return ruleId;
  }

  /** The effective severity (after the pack's and the user's overrides). */
  public Severity severity() {
    return severity;
  }

  /** The rule's one-line summary. */
  public String summary() {
    return summary;
  }

  /** Where in the model the problem is; its text is stable in every report format. */
  public ResourcePath resource() {
    return resource;
  }

  /** What is wrong, with the values involved. */
  public String message() {
    return message;
  }

  /** What to change. */
  public String remediation() {
    return remediation;
  }

  /** Whether a suppression accepted this finding. */
  public boolean suppressed() {
    return suppressedBecause.isPresent();
  }

  /** The written reason of the suppression, if suppressed. */
  public Optional<String> suppressedBecause() {
    return suppressedBecause;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId)
        && severity == f.severity
        && resource.equals(f.resource)
        && message.equals(f.message)
        && suppressedBecause.equals(f.suppressedBecause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, resource, message, suppressedBecause);
  }

  @Override
  public String toString() {
    return severity + " " + ruleId + " " + resource + ": " + message
        + suppressedBecause.map(r -> " [suppressed: " + r + "]").orElse("");
  }
}
