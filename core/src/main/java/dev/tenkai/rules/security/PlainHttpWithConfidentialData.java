package dev.tenkai.rules.security;

import dev.tenkai.model.Listener;
import dev.tenkai.model.ListenerProtocol;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** An internet-facing load balancer with only plain-HTTP listeners for a service with confidential data. */
@RuleInfo(
    id = "TK-SEC-006",
    severity = Severity.ERROR,
    summary = "An internet-facing load balancer has only plain-HTTP listeners while the service declares confidential data",
    rationale =
        "The seed's service handled confidential data, the reason it ran on a private network; over plain"
            + " HTTP that data, and every session cookie, crosses the internet readable by anyone on the path.",
    remediation =
        "Add an HTTPS listener with a certificate (and keep port 80 only to redirect to it).")
public final class PlainHttpWithConfidentialData implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    Topology t = context.topology();
    List<Violation> out = new ArrayList<>();
    if (!t.service().confidentialData()) {
      return out;
    }
    for (LoadBalancer lb : t.loadBalancers()) {
      boolean tls = lb.listeners().stream().anyMatch(l -> l.protocol() == ListenerProtocol.HTTPS);
      if (lb.internetFacing() && !tls) {
        List<Integer> ports = new ArrayList<>();
        for (Listener l : lb.listeners()) {
          ports.add(l.port());
        }
        out.add(Violation.at(ResourcePath.loadBalancer(lb.name()),
            "load balancer %s serves confidential data over plain HTTP only (ports %s)", lb.name(), ports));
      }
    }
    return out;
  }
}
