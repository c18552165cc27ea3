package dev.tenkai.aws.fidelity;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.rds.model.CreateDbSubnetGroupRequest;
import software.amazon.awssdk.services.rds.model.ModifyDbSubnetGroupRequest;

/** A DB subnet group must cover at least two Availability Zones, even for a single-AZ database (moto accepts one subnet). */
public final class DbSubnetGroupTwoZones implements Behaviour {
  private final SubnetZones zones = new SubnetZones();

  @Override
  public String name() {
    return "DB subnet group in two zones";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSubnetGroup.html";
  }

  @Override
  public void before(Call call) {
    List<String> subnets;
    if (call.request() instanceof CreateDbSubnetGroupRequest r) {
      subnets = r.subnetIds();
    } else if (call.request() instanceof ModifyDbSubnetGroupRequest r) {
      subnets = r.subnetIds();
    } else {
      return;
    }
    Set<String> covered = zones.zonesOf(subnets).orElse(null);
    if (covered != null && covered.size() < 2) {
      throw AwsErrors.of(AwsErrors.RDS, "DBSubnetGroupDoesNotCoverEnoughAZs",
          "The DB subnet group doesn't meet Availability Zone (AZ) coverage requirement. Current AZ coverage: "
              + String.join(", ", covered) + ". Add subnets to cover at least 2 AZs.");
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    zones.learn(response);
    return response;
  }
}
