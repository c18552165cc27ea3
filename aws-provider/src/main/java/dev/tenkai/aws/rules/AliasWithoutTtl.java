package dev.tenkai.aws.rules;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An alias record carries no TTL of its own. */
@RuleInfo(
    id = "AWS-013",
    severity = Severity.ERROR,
    summary = "Alias record carries no TTL",
    rationale =
        "Route 53 answers an alias with the target's own TTL and refuses a change that gives an alias"
            + " record a TTL (InvalidInput: an alias and a TTL are mutually exclusive). The apex"
            + " record is an alias (a CNAME is invalid there), so this is the record that breaks. moto"
            + " does not check it.",
    remediation = "Remove the TTL from the alias record.")
public final class AliasWithoutTtl implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (DnsZone z : context.topology().dnsZones()) {
      for (DnsRecord r : z.records()) {
        if (r.alias() && r.ttl().isPresent()) {
          out.add(
              Violation.at(
                  ResourcePath.dnsRecord(z, r),
                  "alias record %s %s has a TTL of %s s; Route 53 takes the alias target's TTL",
                  r.name(),
                  r.type(),
                  Seconds.text(r.ttl().get())));
        }
      }
    }
    return out;
  }
}
