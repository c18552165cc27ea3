package dev.tenkai.aws.rules;

import com.google.common.collect.ImmutableMap;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A logical zone that maps to an Availability Zone the region (or the account) does not have. */
@RuleInfo(
    id = "AWS-031",
    severity = Severity.ERROR,
    summary = "A logical zone maps to an Availability Zone that is not in the region",
    rationale =
        "Each logical zone becomes an Availability Zone name, the region plus the zone's letter unless a zone"
            + " map says otherwise. Tokyo has ap-northeast-1a, 1c and 1d but no 1b: a topology in zones a and b"
            + " validates clean and fails at plan. Accounts see different zones in the oldest regions, so an"
            + " account's own list (--account-zones) replaces the catalogue's.",
    remediation =
        "Map the logical zone to one of the zones the message lists (--zone-map a=ap-northeast-1a,..., or"
            + " AwsOptions.zoneName), or rename the logical zone.")
public final class ZoneNotInRegion implements Rule {
  private final AwsCatalogue catalogue;
  private final ImmutableMap<String, String> zoneNames;

  /** The rule against {@code catalogue}, with logical zones mapped by {@code zoneNames} where given. */
  public ZoneNotInRegion(AwsCatalogue catalogue, Map<String, String> zoneNames) {
    this.catalogue = catalogue;
    this.zoneNames = ImmutableMap.copyOf(zoneNames);
  }

  @Override
  public List<Violation> check(RuleContext context) {
    String region = context.topology().region();
    if (!catalogue.knows(region)) {
      return List.of(); // AWS-030's finding
    }
    List<AwsCatalogue.Zone> zones = catalogue.zones(region);
    List<Violation> out = new ArrayList<>();
    for (String logical : context.topology().zones()) {
      String name = zoneNames.getOrDefault(logical, region + logical);
      if (zones.stream().noneMatch(z -> z.name().equals(name))) {
        out.add(Violation.at(ResourcePath.zones(),
            "logical zone '%s' maps to '%s', which %s does not have (per %s); its zones: %s",
            logical, name, region, catalogue.source() + " of " + catalogue.taken(),
            zones.stream().map(z -> z.name() + " (" + z.id() + ")").collect(Collectors.joining(", "))));
      }
    }
    return out;
  }
}
