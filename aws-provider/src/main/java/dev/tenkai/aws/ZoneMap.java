package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;

/**
 * Logical zones ("a", "c") mapped to the account's zone names ("ap-northeast-1a") and ids
 * ("apne1-az4"). The default maps a logical zone to region + logical name; the options may
 * override any of them. Every mapped name is checked against DescribeAvailabilityZones.
 */
public final class ZoneMap {
  private final ImmutableMap<String, String> names;
  private final ImmutableMap<String, String> ids;

  private ZoneMap(Map<String, String> names, Map<String, String> ids) {
    this.names = ImmutableMap.copyOf(names);
    this.ids = ImmutableMap.copyOf(ids);
  }

  /** A map given outright (tests, exports): logical zone to zone name, no zone ids. */
  public static ZoneMap of(Map<String, String> names) {
    return new ZoneMap(names, Map.of());
  }

  /**
   * Maps {@code logicalZones} in {@code region}, checking each name exists in the account.
   *
   * @throws IllegalArgumentException naming the logical zone, its zone name and the zones that exist
   */
  public static ZoneMap resolve(
      Ec2Client ec2, String region, List<String> logicalZones, Map<String, String> overrides) {
    List<AvailabilityZone> available = ec2.describeAvailabilityZones(r -> r.allAvailabilityZones(false)).availabilityZones();
    Map<String, String> idByName =
        available.stream()
            .collect(Collectors.toMap(AvailabilityZone::zoneName, z -> Optional.ofNullable(z.zoneId()).orElse(""), (x, y) -> x));
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (String logical : logicalZones) {
      String name = overrides.getOrDefault(logical, region + logical);
      checkArgument(
          idByName.containsKey(name),
          "logical zone '%s' maps to '%s', which does not exist in %s (zones: %s); map it with AwsOptions.zoneName(\"%s\", ...)",
          logical,
          name,
          region,
          Set.copyOf(idByName.keySet()).stream().sorted().collect(Collectors.toList()),
          logical);
      names.put(logical, name);
      ids.put(logical, idByName.get(name));
    }
    return new ZoneMap(names, ids);
  }

  /** The zone name of {@code logical}. @throws IllegalArgumentException for an unmapped zone */
  public String name(String logical) {
    String n = names.get(logical);
    checkArgument(n != null, "logical zone '%s' is not mapped (mapped: %s)", logical, names.keySet());
    return n;
  }

  /** The logical zone of the zone name {@code zoneName}, if it is mapped. */
  public Optional<String> logical(String zoneName) {
    return names.entrySet().stream().filter(e -> e.getValue().equals(zoneName)).map(Map.Entry::getKey).findFirst();
  }

  /** Logical zone to zone name. */
  public ImmutableMap<String, String> names() {
    return names;
  }

  /** Logical zone to zone id, where known. */
  public ImmutableMap<String, String> ids() {
    return ids;
  }

  @Override
  public String toString() {
    return names.entrySet().stream()
        .map(e -> e.getKey() + "->" + e.getValue() + (ids.getOrDefault(e.getKey(), "").isEmpty() ? "" : " (" + ids.get(e.getKey()) + ")"))
        .collect(Collectors.joining(", "));
  }
}
