package dev.tenkai.aws.rules;

import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;

/** Paths into the model for findings, written the way the core's structural checks write them. */
final class ModelPaths {
  private ModelPaths() {}

  /** The path of the named resource, e.g. {@code serverGroups[web]} or {@code bastion}. */
  static String of(Topology topology, String resource) {
    ResourceKind kind = topology.resources().get(resource);
    if (kind == null) {
      return resource;
    }
    switch (kind) {
      case SERVER_GROUP:
        return "serverGroups[" + resource + "]";
      case LOAD_BALANCER:
        return "loadBalancers[" + resource + "]";
      case DATABASE:
        return "databases[" + resource + "]";
      case CACHE:
        return "caches[" + resource + "]";
      case NAT:
        return "egress.nats[" + resource + "]";
      case BASTION:
        return "bastion";
    }
    throw new AssertionError(kind);
  }
}
