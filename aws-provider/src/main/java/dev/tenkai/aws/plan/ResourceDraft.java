package dev.tenkai.aws.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collects one desired resource's properties and dependencies until it joins the stack. */
final class ResourceDraft {
  private final List<DesiredResource> stack;
  private final AwsKind kind;
  private final String logicalId;
  private final Optional<String> zone;
  private final Map<String, String> props = new LinkedHashMap<>();
  private final Set<String> deps = new LinkedHashSet<>();

  ResourceDraft(List<DesiredResource> stack, AwsKind kind, String logicalId, Optional<String> zone) {
    this.stack = stack;
    this.kind = kind;
    this.logicalId = logicalId;
    this.zone = zone;
  }

  ResourceDraft put(String name, String value) {
    props.put(name, value);
    return this;
  }

  /** A property naming another resource, which this one depends on. */
  ResourceDraft ref(String name, String logicalId) {
    deps.add(logicalId);
    return put(name, logicalId);
  }

  ResourceDraft refs(String name, List<String> logicalIds) {
    deps.addAll(logicalIds);
    return put(name, TopologyMapping.list(logicalIds));
  }

  ResourceDraft dependsOn(String logicalId) {
    deps.add(logicalId);
    return this;
  }

  void done() {
    stack.add(DesiredResource.of(kind, logicalId, props, deps, zone));
  }
}
