package dev.tenkai.rules.dns;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An alias or CNAME whose target does not exist or has no DNS name to point at. */
@RuleInfo(
    id = "TK-DNS-003",
    severity = Severity.ERROR,
    summary = "An alias or CNAME record targets a resource that does not exist or is not a load balancer",
    rationale =
        "Only a load balancer has a provider-managed DNS name that an alias or a CNAME can follow; servers,"
            + " databases and caches sit in private subnets without one, so the record cannot be created or"
            + " would point nowhere. Route 53 aliases only resources that publish a DNS name and a canonical"
            + " hosted zone id; the local emulator (moto) accepts an alias to any hosted-zone id.",
    remediation = "Point the record at one of the topology's load balancers.")
public final class DnsTargetNotLoadBalancer implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (DnsZone zone : t.dnsZones()) {
      for (DnsRecord r : zone.records()) {
        if (r.target().isEmpty()) {
          continue;
        }
        String target = r.target().get();
        ResourceKind kind = t.resources().get(target);
        String what = r.alias() ? "an alias" : "a " + r.type() + " record";
        if (kind == null) {
          out.add(Violation.at(ResourcePath.dnsRecord(zone, r),
              "%s is %s to %s, which does not exist in the topology", r.name(), what, target));
        } else if (kind != ResourceKind.LOAD_BALANCER) {
          out.add(Violation.at(ResourcePath.dnsRecord(zone, r),
              "%s is %s to %s, a %s, which cannot be a DNS target; only load balancers can", r.name(), what,
              target, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
      }
    }
    return out;
  }
}
