package dev.tenkai.aws.rules;

import dev.tenkai.model.Listener;
import dev.tenkai.model.ListenerProtocol;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.rules.ResourcePath;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleContext;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/** Every HTTPS listener names its certificate. */
@RuleInfo(
    id = "AWS-026",
    severity = Severity.ERROR,
    summary = "HTTPS listener has a certificate",
    rationale =
        "CreateListener refuses an HTTPS listener without a certificate (the ARN of an ACM or IAM"
            + " certificate); the listener is among the last things created, after the load balancer"
            + " has been provisioned. moto accepts an HTTPS listener without one.",
    remediation = "Give the HTTPS listener the ARN of its certificate (Listener.https(443, arn)).")
public final class HttpsListenerCertificate implements Rule {
  @Override
  public List<Violation> check(RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (LoadBalancer lb : context.topology().loadBalancers()) {
      for (Listener l : lb.listeners()) {
        if (l.protocol() == ListenerProtocol.HTTPS && l.certificate().isEmpty()) {
          out.add(
              Violation.at(
                  ResourcePath.listener(lb.name(), l.port()),
                  "HTTPS listener on port %s has no certificate",
                  l.port()));
        }
      }
    }
    return out;
  }
}
