package dev.tenkai.aws.plan;

import static dev.tenkai.aws.plan.TopologyMapping.instanceId;
import static dev.tenkai.aws.plan.TopologyMapping.securityGroupId;
import static dev.tenkai.aws.plan.TopologyMapping.subnetId;

import dev.tenkai.aws.rules.AwsNames;
import dev.tenkai.model.Bastion;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The compute part of the mapping: security groups and their rules, the bastion, servers and launch templates. */
final class ComputeMapping {
  private final StackDraft d;
  private final Topology t;

  ComputeMapping(StackDraft draft) {
    this.d = draft;
    this.t = draft.topology;
  }

  // ---- security groups: one per role, rules apart so groups may reference each other ----

  private Set<String> roles() {
    Set<String> roles = new LinkedHashSet<>();
    t.resources().forEach((name, kind) -> {
      if (kind != ResourceKind.NAT || t.nat(name).orElseThrow().kind() == NatKind.INSTANCE) {
        roles.add(name);
      }
    });
    return roles;
  }

  /** One security group per role, then one ingress resource per role that firewall rules reach. */
  void securityGroups() {
    Set<String> roles = roles();
    for (String role : roles) {
      d.add(AwsKind.SECURITY_GROUP, securityGroupId(role), Optional.empty())
          .put("groupName", AwsNames.securityGroup(t, role))
          .put("description", "Tenkai " + t.name() + ": " + role)
          .ref("vpc", "vpc")
          .done();
    }
    Map<String, List<FirewallRule>> byTarget = new LinkedHashMap<>();
    for (FirewallRule r : t.firewallRules()) {
      byTarget.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<FirewallRule>> e : byTarget.entrySet()) {
      if (!roles.contains(e.getKey())) {
        d.note("firewall rules into '" + e.getKey() + "' have no security group on AWS (a NAT gateway has none) and are not realized");
        continue;
      }
      ResourceDraft b = d.add(AwsKind.SECURITY_GROUP_INGRESS, "ingress/" + e.getKey(), Optional.empty())
          .ref("group", securityGroupId(e.getKey()));
      Set<String> rules = new TreeSet<>();
      for (FirewallRule r : e.getValue()) {
        String source;
        if (r.fromRole().isPresent()) {
          if (!roles.contains(r.fromRole().get())) {
            d.note("rule from '" + r.fromRole().get() + "' to '" + r.to() + "' has no source group on AWS and is not realized");
            continue;
          }
          source = securityGroupId(r.fromRole().get());
          b.dependsOn(source);
        } else {
          source = r.fromCidr().orElseThrow();
        }
        rules.add(ingressRule(r, source));
      }
      b.put("rules", String.join(";", rules)).done();
    }
  }

  /** One rule as text: {@code tcp:80-80<-security-group/web-lb}. Never wider than the model. */
  static String ingressRule(FirewallRule r, String source) {
    String proto = r.protocol() == IpProtocol.ALL ? "all" : r.protocol().name().toLowerCase(Locale.ROOT);
    String ports = r.protocol() == IpProtocol.ALL ? "0-65535" : r.fromPort() + "-" + r.toPort();
    return proto + ":" + ports + "<-" + source;
  }

  // ---- hosts ----

  /** An instance of {@code role} in {@code zone}, not yet added: callers may add properties first. */
  static ResourceDraft instance(StackDraft d, String logicalId, String role, String zone, String subnet, String type, Optional<String> image) {
    ResourceDraft b = d.add(AwsKind.INSTANCE, logicalId, Optional.of(zone))
        .put("role", role)
        .put("instanceType", type)
        .put("image", d.inputs.imageFor(role, image))
        .put("availabilityZone", d.zones.name(zone))
        .put("sourceDestCheck", "true")
        .ref("subnet", subnet)
        .ref("securityGroups", securityGroupId(role));
    d.inputs.keyPair().ifPresent(k -> b.put("keyPair", k));
    return b;
  }

  /** The bastion host and, if the model asks for one, its elastic IP. */
  void bastion() {
    if (t.bastion().isEmpty()) {
      return;
    }
    Bastion bastion = t.bastion().get();
    String id = "instance/" + bastion.name();
    instance(d, id, bastion.name(), bastion.zone(), subnetId(bastion.tier(), bastion.zone()), bastion.instanceClass(), bastion.image()).done();
    if (bastion.elasticIp()) {
      d.add(AwsKind.ELASTIC_IP, "eip/" + bastion.name(), Optional.of(bastion.zone()))
          .put("purpose", "bastion " + bastion.name())
          .ref("instance", id)
          .done();
    }
  }

  /** Each server group: its launch template, then its servers zone by zone, each with its elastic IP if asked. */
  void servers() {
    for (ServerGroup g : t.serverGroups()) {
      // What every server of the group is launched from: IMDSv2 only, an encrypted root volume.
      String template = "launch-template/" + g.name();
      d.add(AwsKind.LAUNCH_TEMPLATE, template, Optional.empty())
          .put("name", t.name() + "-" + g.name())
          .put("image", d.inputs.imageFor(g.name(), g.image()))
          .put("instanceType", g.instanceClass())
          .put("httpTokens", "required")
          .put("rootVolumeEncrypted", "true")
          .ref("securityGroups", securityGroupId(g.name()))
          .done();
      for (String zone : t.zones()) {
        for (int n = 1; n <= g.countIn(zone); n++) {
          String id = instanceId(g.name(), zone, n);
          instance(d, id, g.name(), zone, subnetId(g.tier(), zone), g.instanceClass(), g.image()).ref("launchTemplate", template).done();
          if (g.elasticIp()) {
            d.add(AwsKind.ELASTIC_IP, "eip/" + g.name() + "/" + zone + "/" + n, Optional.of(zone))
                .put("purpose", "server " + id)
                .ref("instance", id)
                .done();
          }
        }
      }
    }
  }
}
