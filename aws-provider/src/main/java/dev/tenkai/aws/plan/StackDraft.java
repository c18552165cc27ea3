package dev.tenkai.aws.plan;

import dev.tenkai.aws.RealizationInputs;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desired stack while {@link TopologyMapping} writes it: the topology and inputs it maps, the
 * resources in the order they are added, and the notes for the plan.
 */
final class StackDraft {
  final Topology topology;
  final ZoneMap zones;
  final RealizationInputs inputs;
  final List<DesiredResource> resources = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  StackDraft(Topology topology, ZoneMap zones, RealizationInputs inputs) {
    this.topology = topology;
    this.zones = zones;
    this.inputs = inputs;
  }

  /** Starts a resource; it joins the stack, in this place of the order, when its draft is done. */
  ResourceDraft add(AwsKind kind, String logicalId, Optional<String> zone) {
    return new ResourceDraft(resources, kind, logicalId, zone);
  }

  void note(String note) {
    notes.add(note);
  }

  /** A duration as whole seconds, the unit of every such AWS property here. */
  static String seconds(Duration d) {
    return Long.toString(d.toSeconds());
  }
}
