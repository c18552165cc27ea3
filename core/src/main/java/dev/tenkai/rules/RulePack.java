package dev.tenkai.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named set of rules that run together (the built-in catalogue, one of its families, a
 * provider's constraints, yours). Choosing packs is how a user chooses what is checked.
 */
public final class RulePack {
  private final String name;
  private final String description;
  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, String> retired;

  private RulePack(String name, String description, List<? extends Rule> rules) {
    this(name, description, rules, Map.of());
  }

  private RulePack(String name, String description, List<? extends Rule> rules, Map<String, String> retired) {
    checkArgument(!name.isBlank(), "a rule pack has a name");
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      checkArgument(ids.add(r.info().id()), "rule id %s appears twice in pack %s", r.info().id(), name);
    }
    for (String id : retired.keySet()) {
      checkArgument(!ids.contains(id), "rule id %s of pack %s is both in use and retired", id, name);
    }
    this.name = name;
    this.description = description;
    this.rules = ImmutableList.copyOf(rules);
    this.retired = ImmutableMap.copyOf(retired);
  }

  /** A pack called {@code name} holding {@code rules}. */
  public static RulePack of(String name, List<? extends Rule> rules) {
    return new RulePack(name, "", rules);
  }

  /** A pack called {@code name}, described in one sentence for people, holding {@code rules}. */
  public static RulePack of(String name, String description, List<? extends Rule> rules) {
    return new RulePack(name, description, rules);
  }

  /** The pack's name. */
  public String name() {
    return name;
  }

  /** What the pack checks, for people; may be empty. */
  public String description() {
    return description;
  }

  /** Its rules, in the order they run. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /** Its rules' ids, in the order they run. */
  public ImmutableList<String> ruleIds() {
    return rules.stream().map(r -> r.info().id()).collect(ImmutableList.toImmutableList());
  }

  /**
   * This pack, recording that its former rule {@code ruleId} was folded into {@code successorId}
   * (a rule of another pack that reports the same problem), so the id is never reused and a
   * suppression or severity naming it is carried over to the successor.
   */
  public RulePack retiring(String ruleId, String successorId) {
    Map<String, String> more = new LinkedHashMap<>(retired);
    checkArgument(more.put(ruleId, successorId) == null, "rule id %s of pack %s is retired twice", ruleId, name);
    return new RulePack(name, description, rules, more);
  }

  /** The ids this pack no longer uses, each with the id of the rule that took over its problem. */
  public ImmutableMap<String, String> retired() {
    return retired;
  }

  /**
   * This pack without the rules {@code ruleIds}, under the same name.
   *
   * @throws IllegalArgumentException when an id is not in the pack
   */
  public RulePack without(String... ruleIds) {
    List<String> known = ruleIds();
    for (String id : ruleIds) {
      checkArgument(known.contains(id), "rule '%s' is not in pack %s; its rules are %s", id, name, known);
    }
    List<String> drop = List.of(ruleIds);
    List<Rule> kept = new ArrayList<>();
    for (Rule r : rules) {
      if (!drop.contains(r.info().id())) {
        kept.add(r);
      }
    }
    return new RulePack(name, description, kept, retired);
  }

  @Override
  public String toString() {
    return name + ruleIds();
  }
}
