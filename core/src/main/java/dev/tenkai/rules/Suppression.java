package dev.tenkai.rules;

import java.util.Objects;

/**
 * A decision to accept one rule's finding on one resource, with the reason written down. A
 * suppressed finding still appears in reports, marked suppressed, with the reason.
 */
public final class Suppression {
  private final String ruleId;
  private final ResourcePath resource;
  private final String reason;

  private Suppression(String ruleId, ResourcePath resource, String reason) {
    this.ruleId = ruleId;
    this.resource = resource;
    this.reason = reason;
  }

  /**
   * Suppresses {@code ruleId} on {@code resource} (a model path as reports print it, e.g.
   * {@code loadBalancers[web-lb]} or {@code firewall/web-lb->web:80}).
   *
   * @throws IllegalArgumentException when the reason is missing or blank, or the path names a
   *     firewall rule by its old position ({@code firewallRules[2]})
   */
  public static Suppression of(String ruleId, String resource, String reason) {
    if (resource == null || resource.isBlank()) {
      throw new IllegalArgumentException(
          "a suppression names a rule id and a resource, got rule '" + ruleId + "' and resource '" + resource + "'");
    }
    ResourcePath path;
    try {
      path = ResourcePath.parse(resource);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("suppression of " + ruleId + ": " + e.getMessage(), e);
    }
    return of(ruleId, path, reason);
  }

  /**
   * Suppresses {@code ruleId} on {@code resource}.
   *
   * @throws IllegalArgumentException when the reason is missing or blank
   */
  public static Suppression of(String ruleId, ResourcePath resource, String reason) {
    if (ruleId == null || ruleId.isBlank() || resource == null) {
      throw new IllegalArgumentException(
          "a suppression names a rule id and a resource, got rule '" + ruleId + "' and resource '" + resource + "'");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "suppression of " + ruleId + " on " + resource + " needs a written reason");
    }
    return new Suppression(ruleId, resource, reason.strip());
  }

  /** The rule id. */
  public String ruleId() {
    return ruleId;
  }

  /** The resource path. */
  public ResourcePath resource() {
    return resource;
  }

  /** Why the finding is accepted. */
  public String reason() {
    return reason;
  }

  /** Whether this suppression covers {@code finding}'s rule and resource. */
  public boolean covers(String findingRuleId, ResourcePath findingResource) {
    return ruleId.equals(findingRuleId) && resource.equals(findingResource);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Suppression
        && ((Suppression) o).ruleId.equals(ruleId)
        && ((Suppression) o).resource.equals(resource)
        && ((Suppression) o).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, resource, reason);
  }

  @Override
  public String toString() {
    return ruleId + " on " + resource + " (" + reason + ")";
  }
}
