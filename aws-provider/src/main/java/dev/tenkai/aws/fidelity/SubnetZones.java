package dev.tenkai.aws.fidelity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.CreateSubnetResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.Subnet;

/** The zone of each subnet a behaviour has seen created or described (a constraint on zones needs it). */
final class SubnetZones {
  private final Map<String, String> zoneBySubnet = new ConcurrentHashMap<>();

  void learn(SdkResponse response) {
    if (response instanceof CreateSubnetResponse r) {
      learn(r.subnet());
    } else if (response instanceof DescribeSubnetsResponse r) {
      r.subnets().forEach(this::learn);
    }
  }

  private void learn(Subnet s) {
    if (s.subnetId() != null && s.availabilityZone() != null) {
      zoneBySubnet.put(s.subnetId(), s.availabilityZone());
    }
  }

  /** The zones of {@code subnets}; empty when any of them is unknown (the constraint is then not played). */
  Optional<Set<String>> zonesOf(Collection<String> subnets) {
    Set<String> zones = new HashSet<>();
    for (String s : subnets) {
      String z = zoneBySubnet.get(s);
      if (z == null) {
        return Optional.empty();
      }
      zones.add(z);
    }
    return Optional.of(zones);
  }
}
