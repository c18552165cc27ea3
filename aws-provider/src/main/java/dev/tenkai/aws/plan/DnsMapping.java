package dev.tenkai.aws.plan;

import static dev.tenkai.aws.plan.StackDraft.seconds;
import static dev.tenkai.aws.plan.TopologyMapping.LIST_SEPARATOR;
import static dev.tenkai.aws.plan.TopologyMapping.loadBalancerId;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import java.util.Optional;

/** The DNS part of the mapping: hosted zones (unless an existing one is given) and their records. */
final class DnsMapping {
  private final StackDraft d;

  DnsMapping(StackDraft draft) {
    this.d = draft;
  }

  /** Each DNS zone's hosted zone, then its records, which point at values or at a load balancer. */
  void zones() {
    for (DnsZone zone : d.topology.dnsZones()) {
      String zoneRef;
      Optional<String> existing = d.inputs.existingHostedZoneId();
      if (existing.isPresent()) {
        zoneRef = "";
        d.note("records of " + zone.name() + " go into the existing hosted zone " + existing.get() + ", which Tenkai never deletes");
      } else {
        zoneRef = "hosted-zone/" + DnsZone.normalize(zone.name());
        d.add(AwsKind.HOSTED_ZONE, zoneRef, Optional.empty()).put("name", DnsZone.normalize(zone.name())).done();
      }
      for (DnsRecord r : zone.records()) {
        ResourceDraft b = d.add(AwsKind.DNS_RECORD, "dns-record/" + DnsZone.normalize(r.name()) + "/" + r.type().name(), Optional.empty())
            .put("name", DnsZone.normalize(r.name()))
            .put("type", r.type().name());
        if (existing.isPresent()) {
          b.put("hostedZoneId", existing.get());
        } else {
          b.ref("hostedZone", zoneRef);
        }
        if (r.target().isPresent()) {
          String target = loadBalancerId(r.target().get());
          b.dependsOn(target);
          if (r.alias()) {
            b.put("aliasTarget", target);
          } else {
            b.put("valueOf", target);
          }
        } else {
          b.put("values", String.join(LIST_SEPARATOR, r.values()));
        }
        r.ttl().ifPresent(ttl -> b.put("ttl", seconds(ttl)));
        b.done();
      }
    }
  }
}
