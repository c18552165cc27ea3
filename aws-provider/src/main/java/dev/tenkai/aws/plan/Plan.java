package dev.tenkai.aws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.tenkai.model.Topology;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Desired versus discovered, per logical id: what applying would create, update, replace, delete
 * or leave, each with its reason. Printed as a diff a person reads in seconds ({@link #render()})
 * and as JSON ({@link #toJson()}). Holds the topology it was made from, so apply can validate it.
 */
public final class Plan {
  private final String id;
  private final Topology topology;
  private final DesiredStack desired;
  private final ImmutableList<Change> changes;
  private final RollingSchedule rolling;

  /**
   * A plan of {@code changes} turning the stack into {@code desired}; servers behind a load
   * balancer are changed by the {@link RollingSchedule} derived from the changes.
   */
  public Plan(Topology topology, DesiredStack desired, List<Change> changes) {
    this.id = UUID.randomUUID().toString();
    this.topology = topology;
    this.desired = desired;
    this.changes = ImmutableList.copyOf(changes);
    this.rolling = RollingSchedule.of(topology, this.changes);
  }

  /** How apply changes the servers behind load balancers: scale out, replace in batches, scale in. */
  public RollingSchedule rolling() {
    return rolling;
  }

  /** A unique id of this plan; client tokens derive from it, so re-running one plan is idempotent. */
  public String id() {
    return id;
  }

  /** The topology planned for. */
  public Topology topology() {
    return topology;
  }

  /** The desired stack. */
  public DesiredStack desired() {
    return desired;
  }

  /** Every change, no-change ones included, in dependency-friendly order. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** The changes that call a mutating API. */
  public ImmutableList<Change> mutations() {
    return changes.stream().filter(c -> c.action().mutates()).collect(ImmutableList.toImmutableList());
  }

  /** Whether applying would change anything. */
  public boolean hasChanges() {
    return !mutations().isEmpty();
  }

  /** How many changes of each action. */
  public Map<ChangeAction, Integer> counts() {
    Map<ChangeAction, Integer> counts = new EnumMap<>(ChangeAction.class);
    for (ChangeAction a : ChangeAction.values()) {
      counts.put(a, 0);
    }
    changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
    return counts;
  }

  /** The one-line summary, e.g. "3 to create, 1 to update, 0 to replace, 0 to delete, 40 unchanged". */
  public String summary() {
    Map<ChangeAction, Integer> n = counts();
    if (!hasChanges()) {
      return "No changes: stack " + desired.stack() + " matches the topology (" + n.get(ChangeAction.NO_CHANGE) + " resources).";
    }
    return n.get(ChangeAction.CREATE) + " to create, " + n.get(ChangeAction.UPDATE) + " to update, "
        + n.get(ChangeAction.REPLACE) + " to replace, " + n.get(ChangeAction.DELETE) + " to delete, "
        + n.get(ChangeAction.NO_CHANGE) + " unchanged.";
  }

  /** The plan as a diff: one line per change (unchanged resources counted, not listed). */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append("Plan for stack ").append(desired.stack()).append(" in ").append(desired.region())
        .append(" (zones ").append(desired.zones()).append(")\n");
    for (String note : desired.notes()) {
      b.append("  note: ").append(note).append('\n');
    }
    int width = changes.stream().filter(c -> c.action().mutates()).mapToInt(c -> c.logicalId().length()).max().orElse(0);
    for (Change c : changes) {
      if (!c.action().mutates()) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "  %-3s %-" + width + "s  %-7s  ", c.action().symbol(), c.logicalId(), c.action().name().toLowerCase(Locale.ROOT)));
      if (c.diffs().isEmpty()) {
        b.append(c.reason());
      } else {
        b.append(c.diffs().size() == 1 ? c.diffs().get(0).toString() : c.reason());
      }
      b.append('\n');
    }
    b.append(rolling.render());
    b.append(summary()).append('\n');
    return b.toString();
  }

  /** The plan as JSON: stack, region, zones, notes, counts and every change with its diffs. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("plan", id);
    root.put("stack", desired.stack());
    root.put("region", desired.region());
    ObjectNode zones = root.putObject("zones");
    desired.zones().names().forEach(zones::put);
    ArrayNode notes = root.putArray("notes");
    desired.notes().forEach(notes::add);
    ObjectNode counts = root.putObject("counts");
    counts().forEach((a, n) -> counts.put(a.name().toLowerCase(Locale.ROOT), n));
    root.put("hasChanges", hasChanges());
    ArrayNode list = root.putArray("changes");
    for (Change c : changes) {
      ObjectNode o = list.addObject();
      o.put("logicalId", c.logicalId());
      o.put("kind", c.kind().label());
      o.put("action", c.action().name().toLowerCase(Locale.ROOT));
      o.put("reason", c.reason());
      c.current().ifPresent(cur -> o.put("physicalId", cur.physicalId()));
      ArrayNode diffs = o.putArray("diffs");
      for (PropertyDiff d : c.diffs()) {
        ObjectNode dn = diffs.addObject();
        dn.put("property", d.name());
        dn.put("current", d.current());
        dn.put("desired", d.desired());
        dn.put("inPlace", d.inPlace());
      }
      c.desired().ifPresent(d -> {
        ObjectNode props = o.putObject("properties");
        d.properties().forEach(props::put);
      });
    }
    ArrayNode rolls = root.putArray("rolling");
    for (GroupRoll g : rolling.groups()) {
      ObjectNode go = rolls.addObject();
      go.put("group", g.group());
      go.put("loadBalancer", g.loadBalancer());
      go.put("expectedSeconds", g.duration().getSeconds());
      go.put("minimumInService", g.minimumInService());
      ArrayNode steps = go.putArray("steps");
      for (RollStep st : g.steps()) {
        ObjectNode so = steps.addObject();
        so.put("step", st.number());
        so.put("kind", st.kind().label());
        so.put("startSeconds", st.start().getSeconds());
        so.put("durationSeconds", st.duration().getSeconds());
        ObjectNode per = so.putObject("servers");
        st.serversPerZone().forEach((z, ids) -> {
          ArrayNode a = per.putArray(z);
          ids.forEach(a::add);
        });
        ObjectNode during = so.putObject("inServiceDuring");
        st.inServiceDuring().forEach(during::put);
      }
    }
    ArrayNode handovers = root.putArray("createBeforeDestroy");
    for (Handover h : rolling.handovers()) {
      ObjectNode ho = handovers.addObject();
      ho.put("logicalId", h.logicalId());
      ho.put("role", h.role());
      ArrayNode switched = ho.putArray("switched");
      h.switched().forEach(switched::add);
      ho.put("description", h.describe());
    }
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan " + id + " could not be written as JSON", e);
    }
  }

  @Override
  public String toString() {
    return render();
  }
}
