package dev.tenkai.rules.dns;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.RecordType;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A CNAME record at the zone apex. */
@RuleInfo(
    id = "TK-DNS-001",
    severity = Severity.ERROR,
    summary = "A CNAME record sits at the zone apex",
    rationale =
        "Seed lesson 9: the apex already holds the zone's SOA and NS records, and a CNAME may not share its"
            + " name with any other record, so a CNAME at the apex is invalid DNS (Route 53 refuses it).",
    remediation =
        "Make the apex an alias A (and AAAA) record to the load balancer; a CNAME is fine for sub-domains"
            + " such as www.")
public final class CnameAtApex implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (DnsZone zone : context.topology().dnsZones()) {
      for (DnsRecord r : zone.records()) {
        if (r.type() == RecordType.CNAME && zone.isApex(r.name())) {
          out.add(Violation.at(ResourcePath.dnsRecord(zone, r),
              "%s is the apex of zone %s but is a CNAME to %s", r.name(), zone.name(),
              r.target().orElseGet(() -> String.join(", ", r.values()))));
        }
      }
    }
    return out;
  }
}
