package dev.tenkai.aws.plan;

import static dev.tenkai.aws.plan.TopologyMapping.list;
import static dev.tenkai.aws.plan.TopologyMapping.subnetId;

import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The network part of the mapping: the VPC, its subnets, the internet gateway, NAT and route tables. */
final class NetworkMapping {
  private final StackDraft d;
  private final Topology t;

  NetworkMapping(StackDraft draft) {
    this.d = draft;
    this.t = draft.topology;
  }

  /** The VPC, one subnet per tier and zone, and the internet gateway if a tier needs one. */
  void vpcAndSubnets() {
    d.add(AwsKind.VPC, "vpc", Optional.empty())
        .put("cidr", t.network().cidr())
        .put("dnsHostnames", "true")
        .put("dnsSupport", "true")
        .done();
    for (Tier tier : t.network().tiers()) {
      for (Subnet s : tier.subnets()) {
        d.add(AwsKind.SUBNET, subnetId(tier.name(), s.zone()), Optional.of(s.zone()))
            .put("cidr", s.cidr())
            .put("availabilityZone", d.zones.name(s.zone()))
            .put("tier", tier.name())
            .ref("vpc", "vpc")
            .done();
      }
    }
    if (needsInternetGateway()) {
      d.add(AwsKind.INTERNET_GATEWAY, "internet-gateway", Optional.empty()).ref("vpc", "vpc").done();
    }
  }

  private boolean needsInternetGateway() {
    return t.network().tiers().stream().anyMatch(x -> x.route() == RouteIntent.INTERNET_GATEWAY || x.kind() == TierKind.PUBLIC);
  }

  /** Each NAT: a gateway with its elastic IP, or an instance with its elastic IP. */
  void egress() {
    for (Nat nat : t.egress().nats()) {
      String subnet = subnetId(nat.tier(), nat.zone());
      if (nat.kind() == NatKind.GATEWAY) {
        d.add(AwsKind.ELASTIC_IP, "eip/" + nat.name(), Optional.of(nat.zone())).put("purpose", "nat-gateway " + nat.name()).done();
        ResourceDraft b = d.add(AwsKind.NAT_GATEWAY, "nat-gateway/" + nat.name(), Optional.of(nat.zone()))
            .ref("subnet", subnet)
            .ref("eip", "eip/" + nat.name());
        // AWS refuses a public NAT gateway in a VPC without an internet gateway.
        t.network().tiers().stream().filter(x -> x.kind() == TierKind.PUBLIC).findAny()
            .ifPresent(x -> b.dependsOn("internet-gateway"));
        b.done();
      } else {
        ComputeMapping.instance(d, "instance/" + nat.name(), nat.name(), nat.zone(), subnet, nat.instanceClass().orElse("t3.micro"), Optional.empty())
            .put("sourceDestCheck", "false")
            .put("userData", natUserData(t.network().cidr()))
            .done();
        d.add(AwsKind.ELASTIC_IP, "eip/" + nat.name(), Optional.of(nat.zone()))
            .put("purpose", "nat-instance " + nat.name())
            .ref("instance", "instance/" + nat.name())
            .done();
      }
    }
  }

  /**
   * User data that makes a current Amazon Linux 2023 host a NAT: forwarding on, masquerading of
   * the VPC's block out of the default interface, kept across reboots.
   */
  static String natUserData(String vpcCidr) {
    return "#!/bin/bash\n"
        + "set -euo pipefail\n"
        + "echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/90-tenkai-nat.conf\n"
        + "sysctl -p /etc/sysctl.d/90-tenkai-nat.conf\n"
        + "dnf install -y iptables-services\n"
        + "IF=$(ip route show default | awk '{print $5; exit}')\n"
        + "iptables -t nat -A POSTROUTING -o \"$IF\" -s " + vpcCidr + " -j MASQUERADE\n"
        + "iptables -F FORWARD\n"
        + "service iptables save\n"
        + "systemctl enable --now iptables\n";
  }

  private static String natTarget(Nat nat) {
    return nat.kind() == NatKind.GATEWAY ? "nat-gateway/" + nat.name() : "instance/" + nat.name();
  }

  /** Route tables: one per zone for a tier that routes through NAT, else one per tier. */
  void routes() {
    for (Tier tier : t.network().tiers()) {
      if (tier.route() == RouteIntent.NAT) {
        for (Subnet s : tier.subnets()) {
          ResourceDraft b = d.add(AwsKind.ROUTE_TABLE, "route-table/" + tier.name() + "/" + s.zone(), Optional.of(s.zone()))
              .ref("vpc", "vpc")
              .put("subnets", subnetId(tier.name(), s.zone()))
              .dependsOn(subnetId(tier.name(), s.zone()));
          Optional<Nat> nat = t.egress().natServing(s.zone());
          if (nat.isPresent()) {
            b.put("defaultRoute", natTarget(nat.get())).dependsOn(natTarget(nat.get()));
          } else {
            b.put("defaultRoute", "");
            d.note("no NAT serves zone " + s.zone() + ": " + subnetId(tier.name(), s.zone()) + " has no default route");
          }
          b.done();
        }
      } else {
        ResourceDraft b = d.add(AwsKind.ROUTE_TABLE, "route-table/" + tier.name(), Optional.empty()).ref("vpc", "vpc");
        List<String> subnets = tier.subnets().stream().map(s -> subnetId(tier.name(), s.zone())).collect(Collectors.toList());
        subnets.forEach(b::dependsOn);
        b.put("subnets", list(subnets));
        if (tier.route() == RouteIntent.INTERNET_GATEWAY) {
          b.put("defaultRoute", "internet-gateway").dependsOn("internet-gateway");
        } else {
          b.put("defaultRoute", "");
        }
        b.done();
      }
    }
  }
}
