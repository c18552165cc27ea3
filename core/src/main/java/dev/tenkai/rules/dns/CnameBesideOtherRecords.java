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

/** A CNAME record that shares its name with other records. */
@RuleInfo(
    id = "TK-DNS-002",
    severity = Severity.ERROR,
    summary = "A CNAME record shares its name with other records",
    rationale =
        "A CNAME makes its name an alias of another: no other record may exist at that name (RFC 1034), so"
            + " resolvers answer unpredictably and DNS providers refuse the change.",
    remediation =
        "Keep a single CNAME at the name, or replace it with alias A/AAAA records beside the other records.")
public final class CnameBesideOtherRecords implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (DnsZone zone : context.topology().dnsZones()) {
      for (DnsRecord r : zone.records()) {
        // At the apex the CNAME itself is TK-DNS-001's finding.
        if (r.type() != RecordType.CNAME || zone.isApex(r.name())) {
          continue;
        }
        List<String> others = new ArrayList<>();
        for (DnsRecord o : zone.records()) {
          if (o != r && DnsZone.normalize(o.name()).equals(DnsZone.normalize(r.name()))) {
            others.add(o.type().name());
          }
        }
        if (!others.isEmpty()) {
          out.add(Violation.at(ResourcePath.dnsRecord(zone, r),
              "%s is a CNAME but also has %s records", r.name(), others));
        }
      }
    }
    return out;
  }
}
