package dev.tenkai.rules.availability;

import dev.tenkai.model.Nat;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A NAT in one zone that carries the egress of other zones. */
@RuleInfo(
    id = "TK-AVAIL-005",
    severity = Severity.WARNING,
    summary = "A NAT in one zone serves the private subnets of other zones",
    rationale =
        "Seed lesson 6: the single NAT instance stayed a single point of failure. When the NAT's zone (or the"
            + " NAT instance) fails, every zone routed through it loses outbound access: updates, external"
            + " APIs, anything the servers call out to.",
    remediation = "Give every zone its own NAT serving only that zone (a managed NAT gateway per zone).")
public final class NatServesOtherZones implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Nat nat : context.topology().egress().nats()) {
      List<String> others =
          nat.servesZones().stream().filter(z -> !z.equals(nat.zone())).collect(Collectors.toList());
      if (!others.isEmpty()) {
        out.add(Violation.at(ResourcePath.nat(nat.name()),
            "NAT %s (%s) in zone %s also routes the private subnets of zones %s: if zone %s or the NAT fails,"
                + " they lose outbound access",
            nat.name(), nat.kind().name().toLowerCase(Locale.ROOT), nat.zone(), others, nat.zone()));
      }
    }
    return out;
  }
}
