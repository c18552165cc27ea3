package dev.tenkai.aws.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What AWS offers, known offline: its regions, each region's Availability Zones (name and AZ ID)
 * and the instance families each service offers there, read from the resource {@code
 * aws-catalogue.txt} with the date it was taken. An account that sees other zones replaces a
 * region's zones with {@link #withAccountZones(Path)}.
 */
public final class AwsCatalogue {
  private static final String RESOURCE = "aws-catalogue.txt";

  /** One Availability Zone: its name in the account and its AZ ID. */
  public record Zone(String name, String id) {}

  /** One region: its zones and the families each service offers in it. */
  record Region(String name, boolean independentlyMapped, ImmutableList<Zone> zones,
      ImmutableMap<InstanceService, ImmutableSet<String>> families) {}

  private final LocalDate taken;
  private final ImmutableMap<String, Region> regions;
  private final String source;

  private AwsCatalogue(LocalDate taken, Map<String, Region> regions, String source) {
    this.taken = taken;
    this.regions = ImmutableMap.copyOf(regions);
    this.source = source;
  }

  /** The catalogue shipped with Tenkai. */
  public static AwsCatalogue bundled() {
    try (InputStream in = AwsCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the AWS catalogue resource " + RESOURCE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A catalogue from text in the resource's format; {@code source} names it in errors. */
  static AwsCatalogue parse(String text, String source) {
    LocalDate taken = null;
    Map<InstanceService, ImmutableSet<String>> common = new EnumMap<>(InstanceService.class);
    Map<String, Region> regions = new LinkedHashMap<>();
    String region = null;
    boolean independent = false;
    List<Zone> zones = new ArrayList<>();
    Map<InstanceService, ImmutableSet<String>> families = new EnumMap<>(InstanceService.class);
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] w = line.split("\\s+");
      String where = source + " line " + (i + 1);
      switch (w[0]) {
        case "taken" -> taken = date(w, where);
        case "@common" -> common.put(service(w.length > 1 ? w[1] : "", where), families(w, 2));
        case "region" -> {
          if (region != null) {
            regions.put(region, region(region, independent, zones, families, common));
          }
          region = arg(w, 1, where);
          independent = w.length > 2 && w[2].equals("independent");
          zones = new ArrayList<>();
          families = new EnumMap<>(InstanceService.class);
        }
        case "zone" -> {
          if (region == null) {
            throw new IllegalArgumentException(where + ": zone before any region");
          }
          zones.add(new Zone(arg(w, 1, where), arg(w, 2, where)));
        }
        default -> {
          if (region == null) {
            throw new IllegalArgumentException(where + ": unknown line '" + line + "'");
          }
          families.put(service(w[0], where), families(w, 1));
        }
      }
    }
    if (region != null) {
      regions.put(region, region(region, independent, zones, families, common));
    }
    if (taken == null) {
      throw new IllegalArgumentException(source + ": no 'taken DATE' line");
    }
    return new AwsCatalogue(taken, regions, source);
  }

  private static Region region(String name, boolean independent, List<Zone> zones,
      Map<InstanceService, ImmutableSet<String>> own, Map<InstanceService, ImmutableSet<String>> common) {
    Map<InstanceService, ImmutableSet<String>> merged = new EnumMap<>(common);
    merged.putAll(own);
    return new Region(name, independent, ImmutableList.copyOf(zones), ImmutableMap.copyOf(merged));
  }

  private static LocalDate date(String[] w, String where) {
    try {
      return LocalDate.parse(arg(w, 1, where));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": expected a date such as 2026-12-03, got '" + w[1] + "'");
    }
  }

  private static String arg(String[] w, int i, String where) {
    if (w.length <= i) {
      throw new IllegalArgumentException(where + ": '" + String.join(" ", w) + "' lacks its value " + i);
    }
    return w[i];
  }

  private static InstanceService service(String word, String where) {
    return switch (word) {
      case "ec2" -> InstanceService.EC2;
      case "rds" -> InstanceService.RDS;
      case "elasticache" -> InstanceService.ELASTICACHE;
      default -> throw new IllegalArgumentException(where + ": unknown service '" + word + "' (ec2, rds, elasticache)");
    };
  }

  private static ImmutableSet<String> families(String[] w, int from) {
    return ImmutableSet.copyOf(Arrays.asList(w).subList(Math.min(from, w.length), w.length));
  }

  /**
   * This catalogue with the zones of the account file {@code file} (lines {@code zone NAME AZ-ID},
   * {@code #} comments) in place of the catalogue's zones of their region.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed or unknown zone
   */
  public AwsCatalogue withAccountZones(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read account zones file " + file + ": " + e.getMessage(), e);
    }
    Map<String, List<Zone>> byRegion = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] w = line.split("\\s+");
      String where = file + " line " + (i + 1);
      if (!w[0].equals("zone") || w.length != 3) {
        throw new IllegalArgumentException(where + ": expected 'zone NAME AZ-ID' (e.g. zone ap-northeast-1a apne1-az4), got '" + line + "'");
      }
      Optional<String> region = regionOfZone(w[1]);
      if (region.isEmpty()) {
        throw new IllegalArgumentException(where + ": zone '" + w[1] + "' belongs to no region of the catalogue " + regions.keySet());
      }
      byRegion.computeIfAbsent(region.get(), k -> new ArrayList<>()).add(new Zone(w[1], w[2]));
    }
    Map<String, Region> out = new LinkedHashMap<>(regions);
    byRegion.forEach((name, zones) -> {
      Region r = regions.get(name);
      out.put(name, new Region(name, r.independentlyMapped(), ImmutableList.copyOf(zones), r.families()));
    });
    return new AwsCatalogue(taken, out, source + " with account zones from " + file);
  }

  /** The region a zone name belongs to: the longest region name it starts with. */
  private Optional<String> regionOfZone(String zone) {
    return regions.keySet().stream()
        .filter(r -> zone.startsWith(r) && zone.length() > r.length())
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  /** When the catalogue was taken. */
  public LocalDate taken() {
    return taken;
  }

  /** Where it came from, for messages. */
  public String source() {
    return source;
  }

  /** The regions, in catalogue order. */
  public Set<String> regions() {
    return regions.keySet();
  }

  /** Whether {@code region} is known. */
  public boolean knows(String region) {
    return regions.containsKey(region);
  }

  /** The zones of {@code region}, empty for an unknown region. */
  public List<Zone> zones(String region) {
    return Optional.ofNullable(regions.get(region)).map(Region::zones).orElse(ImmutableList.of());
  }

  /** The families {@code service} offers in {@code region}; empty for an unknown region. */
  Set<String> families(String region, InstanceService service) {
    return Optional.ofNullable(regions.get(region)).map(r -> r.families().getOrDefault(service, ImmutableSet.of()))
        .orElse(ImmutableSet.of());
  }

  /** Whether {@code service} offers {@code family} in some region of the catalogue. */
  boolean offeredSomewhere(InstanceService service, String family) {
    return regions.values().stream().anyMatch(r -> r.families().getOrDefault(service, ImmutableSet.of()).contains(family));
  }
}
