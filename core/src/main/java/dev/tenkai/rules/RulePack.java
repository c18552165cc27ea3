package dev.tenkai.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A named set of rules that run together (the built-in catalogue, a provider's constraints, yours). */
public final class RulePack {
  private final String name;
  private final ImmutableList<Rule> rules;

  private RulePack(String name, List<? extends Rule> rules) {
    checkArgument(!name.isBlank(), "a rule pack has a name");
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      checkArgument(ids.add(r.info().id()), "rule id %s appears twice in pack %s", r.info().id(), name);
    }
    this.name = name;
    this.rules = ImmutableList.copyOf(rules);
  }

  /** A pack called {@code name} holding {@code rules}. */
  public static RulePack of(String name, List<? extends Rule> rules) {
    return new RulePack(name, rules);
  }

  /** The pack's name. */
  public String name() {
    return name;
  }

  /** Its rules, in the order they run. */
  public ImmutableList<Rule> rules() {
    return rules;
  }
}
