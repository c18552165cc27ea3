package dev.tenkai.rules.network;

import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** A private tier whose default route is the internet gateway. */
@RuleInfo(
    id = "TK-NET-002",
    severity = Severity.ERROR,
    summary = "A private tier routes to the internet gateway",
    rationale =
        "Seed lesson 8: the internet gateway is not a NAT. Private hosts have no public address, so the route"
            + " gives them no egress; and giving them public addresses to make it work exposes them.",
    remediation = "Route the private tier to a NAT serving its zone (or to none).")
public final class PrivateTierRoutedToInternetGateway implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (Tier tier : context.topology().network().tiers()) {
      if (tier.kind() == TierKind.PRIVATE && tier.route() == RouteIntent.INTERNET_GATEWAY) {
        out.add(Violation.at(ResourcePath.tier(tier.name()),
            "tier %s is private but its default route points to the internet gateway", tier.name()));
      }
    }
    return out;
  }
}
