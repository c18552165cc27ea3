package dev.tenkai.aws.rules;

import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.Database;
import dev.tenkai.model.Nat;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place the model names an instance class, with the AWS service that will run it: servers,
 * the bastion, NAT instances and self-run cache nodes on EC2, databases on RDS, managed caches on
 * ElastiCache.
 */
record InstanceClassUse(ResourcePath path, InstanceService service, String instanceClass) {
  private static final Pattern FAMILY_AND_SIZE = Pattern.compile("([a-z][a-z0-9-]*)\\.([a-z0-9-]+)");

  /** Every instance class of {@code t}, in model order. */
  static List<InstanceClassUse> all(Topology t) {
    List<InstanceClassUse> out = new ArrayList<>();
    for (Nat n : t.egress().nats()) {
      n.instanceClass()
          .ifPresent(c -> out.add(new InstanceClassUse(ResourcePath.nat(n.name()), InstanceService.EC2, c)));
    }
    t.bastion().ifPresent(b -> out.add(new InstanceClassUse(ResourcePath.bastion(), InstanceService.EC2, b.instanceClass())));
    for (ServerGroup g : t.serverGroups()) {
      out.add(new InstanceClassUse(ResourcePath.serverGroup(g.name()), InstanceService.EC2, g.instanceClass()));
    }
    for (Database d : t.databases()) {
      out.add(new InstanceClassUse(ResourcePath.database(d.name()), InstanceService.RDS, d.instanceClass()));
    }
    for (Cache c : t.caches()) {
      InstanceService service =
          c.hosting() == CacheHosting.MANAGED ? InstanceService.ELASTICACHE : InstanceService.EC2;
      out.add(new InstanceClassUse(ResourcePath.cache(c.name()), service, c.instanceClass()));
    }
    return out;
  }

  /**
   * The family of the class once the service's prefix is removed ({@code m6g} for {@code
   * db.m6g.large}); empty when the class does not have the service's form.
   */
  Optional<String> family() {
    if (!instanceClass.startsWith(service.prefix())) {
      return Optional.empty();
    }
    String rest = instanceClass.substring(service.prefix().length());
    if (service == InstanceService.EC2 && (rest.startsWith("db.") || rest.startsWith("cache."))) {
      return Optional.empty();
    }
    Matcher m = FAMILY_AND_SIZE.matcher(rest);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
