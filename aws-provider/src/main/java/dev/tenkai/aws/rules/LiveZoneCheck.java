package dev.tenkai.aws.rules;

import dev.tenkai.aws.ZoneMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's zones cross-checked against what an account reports live (its {@link ZoneMap},
 * resolved by DescribeAvailabilityZones at plan time): a zone the catalogue does not list for the
 * region, or listed under another AZ ID (zone names map to AZ IDs per account in the oldest
 * regions). Each difference is a sentence for people; offline validation of that account should
 * then use its own zones ({@code --account-zones}).
 */
public final class LiveZoneCheck {
  private LiveZoneCheck() {}

  /** The differences between {@code catalogue} and the live {@code zones} of {@code region}, in zone order. */
  public static List<String> differences(AwsCatalogue catalogue, String region, ZoneMap zones) {
    List<String> out = new ArrayList<>();
    if (!catalogue.knows(region)) {
      out.add("region " + region + " is not in the AWS catalogue of " + catalogue.taken());
      return out;
    }
    for (Map.Entry<String, String> e : zones.names().entrySet()) {
      String name = e.getValue();
      String liveId = zones.ids().getOrDefault(e.getKey(), "");
      Optional<AwsCatalogue.Zone> known = catalogue.zones(region).stream().filter(z -> z.name().equals(name)).findFirst();
      if (known.isEmpty()) {
        out.add("zone " + name + " (" + liveId + ") exists in this account but not in the catalogue of "
            + catalogue.taken() + " for " + region);
      } else if (!liveId.isEmpty() && !known.get().id().equals(liveId)) {
        out.add("zone " + name + " is " + liveId + " in this account, " + known.get().id() + " in the catalogue of "
            + catalogue.taken() + " (zone names map to AZ IDs per account in " + region + ")");
      }
    }
    return out;
  }
}
