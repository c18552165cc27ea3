package dev.tenkai.rules.analysis;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;

/** The model path of an entry point: its first DNS record with a target. */
final class EntryPointPaths {
  private EntryPointPaths() {}

  static ResourcePath of(Topology t, String dnsName) {
    ResourcePath fallback = null;
    for (DnsZone zone : t.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        if (DnsZone.normalize(r.name()).equals(dnsName)) {
          if (r.target().isPresent()) {
            return ResourcePath.dnsRecord(zone, r);
          }
          fallback = fallback == null ? ResourcePath.dnsRecord(zone, r) : fallback;
        }
      }
    }
    if (fallback == null) {
      throw new IllegalArgumentException("no DNS record named '" + dnsName + "' in topology " + t.name());
    }
    return fallback;
  }
}
