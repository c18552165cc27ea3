package dev.tenkai.aws.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.ZoneMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;

/** What an account reports live, compared with the catalogue. */
class LiveZoneCheckTest {
  /** An EC2 client that answers DescribeAvailabilityZones with {@code zones} (name to AZ ID). */
  private static Ec2Client account(Map<String, String> zones) {
    return new Ec2Client() {
      @Override
      public DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest request) {
        return DescribeAvailabilityZonesResponse.builder()
            .availabilityZones(zones.entrySet().stream()
                .map(e -> AvailabilityZone.builder().zoneName(e.getKey()).zoneId(e.getValue()).build()).toList())
            .build();
      }

      @Override
      public String serviceName() {
        return "ec2";
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void anAccountThatSeesTheCataloguesZonesHasNoDifference() {
    ZoneMap live = ZoneMap.resolve(account(Map.of("ap-northeast-1a", "apne1-az4", "ap-northeast-1c", "apne1-az1")),
        "ap-northeast-1", List.of("a", "c"), Map.of());
    assertThat(LiveZoneCheck.differences(AwsCatalogue.bundled(), "ap-northeast-1", live)).isEmpty();
  }

  @Test
  void anotherMappingOrAnUnlistedZoneIsReported() {
    ZoneMap live = ZoneMap.resolve(account(Map.of("ap-northeast-1a", "apne1-az1", "ap-northeast-1b", "apne1-az3")),
        "ap-northeast-1", List.of("a", "b"), Map.of());
    AwsCatalogue catalogue = AwsCatalogue.bundled();
    assertThat(LiveZoneCheck.differences(catalogue, "ap-northeast-1", live)).containsExactly(
        "zone ap-northeast-1a is apne1-az1 in this account, apne1-az4 in the catalogue of " + catalogue.taken()
            + " (zone names map to AZ IDs per account in ap-northeast-1)",
        "zone ap-northeast-1b (apne1-az3) exists in this account but not in the catalogue of " + catalogue.taken()
            + " for ap-northeast-1");
  }
}
