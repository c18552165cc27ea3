package dev.tenkai.dsl;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a resource spec needs to know about the rest of the topology to resolve its defaults: the
 * zones in order and the names of the public and private tiers.
 */
final class Layout {
  private final ImmutableList<String> zones;
  private final String publicTier;
  private final String privateTier;

  Layout(List<String> zones, String publicTier, String privateTier) {
    this.zones = ImmutableList.copyOf(zones);
    this.publicTier = publicTier;
    this.privateTier = privateTier;
  }

  ImmutableList<String> zones() {
    return zones;
  }

  /** The first zone, or an empty string when there is none (the model then reports the zones). */
  String firstZone() {
    return zones.isEmpty() ? "" : zones.get(0);
  }

  String publicTier() {
    return publicTier;
  }

  String privateTier() {
    return privateTier;
  }
}
