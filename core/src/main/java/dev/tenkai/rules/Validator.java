package dev.tenkai.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs rule packs over a topology and turns violations into findings: the effective severity
 * (the rule's own, or the user's override), the rule's fix, and any suppression with its reason.
 * Deterministic: the same topology gives the same findings in the same order.
 */
public final class Validator {
  private final ImmutableList<RulePack> packs;
  private final ImmutableMap<String, Severity> severities;
  private final ImmutableList<Suppression> suppressions;

  private Validator(Builder b) {
    this.packs = ImmutableList.copyOf(b.packs);
    this.severities = ImmutableMap.copyOf(b.severities);
    this.suppressions = ImmutableList.copyOf(b.suppressions);
  }

  /** A new builder, with no packs yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The packs, in the order they run. */
  public ImmutableList<RulePack> packs() {
    return packs;
  }

  /** Every rule of every pack. */
  public ImmutableList<Rule> rules() {
    return packs.stream().flatMap(p -> p.rules().stream()).collect(ImmutableList.toImmutableList());
  }

  /** Validates {@code topology}. */
  public ValidationResult validate(Topology topology) {
    RuleContext context = RuleContext.of(topology);
    List<Finding> out = new ArrayList<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        RuleInfo info = rule.info();
        Severity severity = severities.getOrDefault(info.id(), info.severity());
        for (Violation v : check(rule, info, context)) {
          Optional<String> reason =
              suppressions.stream()
                  .filter(s -> s.covers(info.id(), v.resource()))
                  .map(Suppression::reason)
                  .findFirst();
          out.add(
              new Finding(
                  info.id(), severity, info.summary(), v.resource(), v.message(), info.remediation(), reason));
        }
      }
    }
    out.sort(Comparator.comparing(Finding::severity));
    List<Suppression> unused = new ArrayList<>();
    for (Suppression s : suppressions) {
      if (out.stream().noneMatch(f -> s.covers(f.ruleId(), f.resource()))) {
        unused.add(s);
      }
    }
    return new ValidationResult(out, unused);
  }

  /** Runs one rule; a rule that fails is a bug in the rule, reported with its id. */
  private static List<Violation> check(Rule rule, RuleInfo info, RuleContext context) {
    try {
      return rule.check(context);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "rule " + info.id() + " (" + rule.getClass().getName() + ") failed on topology "
              + context.topology().name() + ": " + e,
          e);
    }
  }

  /** Builds a {@link Validator}. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder() {}

    /** Runs {@code pack}'s rules too. */
    public Builder addPack(RulePack pack) {
      packs.add(pack);
      return this;
    }

    /** Runs each of {@code morePacks} too, in order. */
    public Builder addPacks(List<RulePack> morePacks) {
      packs.addAll(morePacks);
      return this;
    }

    /** Reports rule {@code ruleId} at {@code severity} instead of its own. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /** Accepts rule {@code ruleId}'s findings on {@code resource}, for the written {@code reason}. */
    public Builder suppress(String ruleId, String resource, String reason) {
      suppressions.add(Suppression.of(ruleId, resource, reason));
      return this;
    }

    /** Accepts rule {@code ruleId}'s findings on {@code resource}, for the written {@code reason}. */
    public Builder suppress(String ruleId, ResourcePath resource, String reason) {
      suppressions.add(Suppression.of(ruleId, resource, reason));
      return this;
    }

    /** Adds a suppression. */
    public Builder suppress(Suppression suppression) {
      suppressions.add(suppression);
      return this;
    }

    /** The validator. */
    public Validator build() {
      List<String> known = new ArrayList<>();
      for (RulePack p : packs) {
        for (Rule r : p.rules()) {
          // A rule in two packs would report every finding twice.
          checkArgument(
              !known.contains(r.info().id()),
              "rule %s is in more than one of the packs %s",
              r.info().id(),
              packs.stream().map(RulePack::name).collect(ImmutableList.toImmutableList()));
          known.add(r.info().id());
        }
      }
      Map<String, String> retired = new LinkedHashMap<>();
      packs.forEach(p -> retired.putAll(p.retired()));
      Map<String, Severity> carried = new LinkedHashMap<>();
      severities.forEach((id, severity) -> carried.put(successor(id, retired, known, "severity set for"), severity));
      severities.clear();
      severities.putAll(carried);
      List<Suppression> carriedSuppressions = new ArrayList<>();
      for (Suppression s : suppressions) {
        String id = successor(s.ruleId(), retired, known, "suppression of");
        carriedSuppressions.add(id.equals(s.ruleId()) ? s : Suppression.of(id, s.resource(), s.reason()));
      }
      suppressions.clear();
      suppressions.addAll(carriedSuppressions);
      return new Validator(this);
    }

    /** {@code id}, or the rule a pack folded it into; refused when neither runs here. */
    private static String successor(String id, Map<String, String> retired, List<String> known, String what) {
      String successor = retired.get(id);
      if (successor != null) {
        checkArgument(known.contains(successor),
            "%s rule '%s', which was folded into %s (it reported the same problem); %s is not in"
                + " this validator's packs, so add its pack or name a known rule: %s",
            what, id, successor, successor, known);
        return successor;
      }
      checkArgument(known.contains(id), "%s unknown rule '%s'; known rules: %s", what, id, known);
      return id;
    }
  }
}
