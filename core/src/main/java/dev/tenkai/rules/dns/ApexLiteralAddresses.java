package dev.tenkai.rules.dns;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.RecordType;
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
import java.util.Optional;

/** An apex A/AAAA record to literal addresses while the service's entry points are load balancers. */
@RuleInfo(
    id = "TK-DNS-004",
    severity = Severity.WARNING,
    summary = "The zone apex is an A/AAAA record to fixed addresses while the entry points are load balancers",
    rationale =
        "Seed lesson 9: a load balancer's addresses change as it scales and fails over, so an apex pinned to"
            + " the addresses it had one day breaks without warning. The seed used an alias A record instead.",
    remediation = "Make the apex an alias A (and AAAA) record to the load balancer.")
public final class ApexLiteralAddresses implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (DnsZone zone : t.dnsZones()) {
      Optional<String> entry = entryLoadBalancer(t, zone);
      if (entry.isEmpty()) {
        continue;
      }
      for (DnsRecord r : zone.records()) {
        boolean address = r.type() == RecordType.A || r.type() == RecordType.AAAA;
        if (address && zone.isApex(r.name()) && r.target().isEmpty()) {
          out.add(Violation.at(ResourcePath.dnsRecord(zone, r),
              "apex %s is %s record to fixed addresses %s while the entry point is load balancer %s", r.name(),
              r.type() == RecordType.A ? "an A" : "an AAAA", r.values(), entry.get()));
        }
      }
    }
    return out;
  }

  /** The load balancer the zone's other records point at, else the first internet-facing one. */
  private static Optional<String> entryLoadBalancer(Topology t, DnsZone zone) {
    for (DnsRecord r : zone.records()) {
      if (r.target().isPresent() && t.resources().get(r.target().get()) == ResourceKind.LOAD_BALANCER) {
        return r.target();
      }
    }
    return t.loadBalancers().stream().filter(LoadBalancer::internetFacing).map(LoadBalancer::name).findFirst();
  }
}
