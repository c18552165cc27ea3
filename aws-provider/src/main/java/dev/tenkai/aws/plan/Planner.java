package dev.tenkai.aws.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the desired stack with what was discovered, per logical id. Pure: no AWS call.
 *
 * <p>Every property a kind's {@link KindSchema} declares is compared (a property used at creation
 * only, such as an instance's user data, is declared so, with the reason). A desired value left
 * absent where the schema says AWS assigns one (a database's backup window) is no difference. A
 * difference in a property that changes in place makes an update; one that cannot change at all
 * makes a refusal; any other makes a replacement. A resource that refers to a replaced one is
 * updated (or replaced, when the reference cannot change in place).
 */
public final class Planner {
  private final PropertyRules rules;

  /** A planner that asks {@code rules} which properties change in place and what counts as equal. */
  public Planner(PropertyRules rules) {
    this.rules = rules;
  }

  /** The changes that turn {@code current} into {@code desired}. */
  public List<Change> changes(DesiredStack desired, StackState current) {
    Map<String, Change> out = new LinkedHashMap<>();
    for (DesiredResource d : desired.resources().values()) {
      Optional<CurrentResource> c = current.get(d.logicalId());
      if (c.isEmpty()) {
        out.put(d.logicalId(), new Change(d.logicalId(), d.kind(), ChangeAction.CREATE, "does not exist", List.of(), Optional.of(d), c));
        continue;
      }
      List<PropertyDiff> diffs = diff(d, c.get());
      ChangeAction action =
          diffs.isEmpty() ? ChangeAction.NO_CHANGE
              : diffs.stream().anyMatch(p -> p.behaviour() == UpdateBehaviour.IMMUTABLE) ? ChangeAction.REFUSED
              : diffs.stream().allMatch(PropertyDiff::inPlace) ? ChangeAction.UPDATE : ChangeAction.REPLACE;
      String reason = diffs.isEmpty() ? "as desired" : describe(diffs);
      out.put(d.logicalId(), new Change(d.logicalId(), d.kind(), action, reason, diffs, Optional.of(d), c));
    }
    cascadeReplacements(out);
    for (CurrentResource c : current.all()) {
      if (!desired.resources().containsKey(c.logicalId())) {
        out.put(c.logicalId(), new Change(c.logicalId(), c.kind(), ChangeAction.DELETE, "owned by the stack, no longer in the topology", List.of(), Optional.empty(), Optional.of(c)));
      }
    }
    return List.copyOf(out.values());
  }

  private List<PropertyDiff> diff(DesiredResource d, CurrentResource c) {
    List<PropertyDiff> diffs = new ArrayList<>();
    for (Map.Entry<String, PropertySpec> e : rules.schema(d.kind()).properties().entrySet()) {
      String name = e.getKey();
      PropertySpec spec = e.getValue();
      String want = d.properties().getOrDefault(name, "");
      String have = c.properties().getOrDefault(name, "");
      if (want.isEmpty() && spec.assignedWhenAbsent()) {
        continue;
      }
      if (!spec.same().test(have, want)) {
        diffs.add(new PropertyDiff(name, have, want, spec.behaviour(), spec.refusal().orElse("")));
      }
    }
    return diffs;
  }

  private void cascadeReplacements(Map<String, Change> changes) {
    Set<String> cascaded = new HashSet<>();
    boolean again = true;
    while (again) {
      again = false;
      for (Change ch : List.copyOf(changes.values())) {
        if (ch.action() != ChangeAction.NO_CHANGE && ch.action() != ChangeAction.UPDATE) {
          continue;
        }
        DesiredResource d = ch.desired().orElseThrow();
        for (String dep : d.dependencies()) {
          Change depChange = changes.get(dep);
          if (depChange == null || depChange.action() != ChangeAction.REPLACE || !cascaded.add(ch.logicalId() + "<-" + dep)) {
            continue;
          }
          boolean referencedInPlace = true;
          List<PropertyDiff> diffs = new ArrayList<>(ch.diffs());
          for (Map.Entry<String, String> p : d.properties().entrySet()) {
            if (TopologyMapping.items(p.getValue()).contains(dep)) {
              boolean inPlace = rules.schema(d.kind()).spec(p.getKey()).map(sp -> sp.behaviour().inPlace()).orElse(false);
              referencedInPlace &= inPlace;
              diffs.add(new PropertyDiff(p.getKey(), p.getValue() + " (replaced)", p.getValue(), inPlace));
            }
          }
          ChangeAction action = referencedInPlace && ch.action() != ChangeAction.REPLACE ? ChangeAction.UPDATE : ChangeAction.REPLACE;
          changes.put(ch.logicalId(), new Change(ch.logicalId(), ch.kind(), action, dep + " is replaced" + (ch.diffs().isEmpty() ? "" : "; " + ch.reason()), diffs, ch.desired(), ch.current()));
          again = true;
          break;
        }
      }
    }
  }

  private static String describe(List<PropertyDiff> diffs) {
    StringBuilder b = new StringBuilder();
    for (PropertyDiff d : diffs) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(d);
    }
    return b.toString();
  }
}
