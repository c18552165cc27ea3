package dev.tenkai.aws.rules;

import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An alias record points at a load balancer, the only model resource Route 53 can alias. */
@RuleInfo(
    id = "AWS-025",
    severity = Severity.ERROR,
    summary = "Alias record targets a load balancer",
    rationale =
        "Route 53 aliases only AWS resources that publish a DNS name and a canonical hosted zone id"
            + " (load balancers, CloudFront, S3 websites, ...). Of the model's resources only a load"
            + " balancer qualifies: servers, databases and caches have no alias target. moto accepts"
            + " an alias to any hosted-zone id.",
    remediation = "Point the alias at a load balancer, or use a plain record with the resource's address.")
public final class AliasTargetLoadBalancer implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    for (DnsZone z : t.dnsZones()) {
      for (DnsRecord r : z.records()) {
        if (!r.alias() || r.target().isEmpty()) {
          continue;
        }
        ResourceKind kind = t.resources().get(r.target().get());
        if (kind != ResourceKind.LOAD_BALANCER) {
          out.add(
              Violation.at(
                  "dnsZones[" + z.name() + "].records[" + r.name() + " " + r.type() + "]",
                  "alias record %s targets '%s', a %s; Route 53 can alias only the load balancer here",
                  r.name(),
                  r.target().get(),
                  kind));
        }
      }
    }
    return out;
  }
}
