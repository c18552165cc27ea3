package dev.tenkai.aws.plan;

import static dev.tenkai.aws.plan.StackDraft.seconds;
import static dev.tenkai.aws.plan.TopologyMapping.instanceId;
import static dev.tenkai.aws.plan.TopologyMapping.list;
import static dev.tenkai.aws.plan.TopologyMapping.loadBalancerId;
import static dev.tenkai.aws.plan.TopologyMapping.securityGroupId;
import static dev.tenkai.aws.plan.TopologyMapping.subnetId;
import static dev.tenkai.aws.plan.TopologyMapping.targetGroupId;

import dev.tenkai.aws.rules.AwsNames;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The balancing part of the mapping: each load balancer, its target group and its listeners. */
final class BalancingMapping {
  private final StackDraft d;
  private final Topology t;

  BalancingMapping(StackDraft draft) {
    this.d = draft;
    this.t = draft.topology;
  }

  /** Each load balancer, then its target group over the backends' servers, then one listener per port. */
  void loadBalancers() {
    for (LoadBalancer lb : t.loadBalancers()) {
      String lbId = loadBalancerId(lb.name());
      ResourceDraft b = d.add(AwsKind.LOAD_BALANCER, lbId, Optional.empty())
          .put("name", AwsNames.loadBalancer(t, lb))
          .put("scheme", lb.internetFacing() ? "internet-facing" : "internal")
          .put("realizes", lb.kind() == LoadBalancerKind.CLASSIC ? "classic load balancer, as an application load balancer" : "application load balancer")
          .refs("subnets", lb.zones().stream().map(z -> subnetId(lb.tier(), z)).collect(Collectors.toList()))
          .ref("securityGroups", securityGroupId(lb.name()));
      if (lb.internetFacing()) {
        b.dependsOn("internet-gateway");
      }
      b.done();
      if (lb.kind() == LoadBalancerKind.CLASSIC) {
        d.note(lb.name() + " is modelled as a classic load balancer; it is realized as an application load balancer (the classic ELB API is not used)");
      }
      HealthCheck hc = lb.healthCheck();
      List<String> targets = new ArrayList<>();
      int port = 80;
      for (String backend : lb.backends()) {
        ServerGroup g = t.serverGroup(backend).orElseThrow();
        port = g.port();
        for (String zone : t.zones()) {
          for (int n = 1; n <= g.countIn(zone); n++) {
            targets.add(instanceId(g.name(), zone, n));
          }
        }
      }
      ResourceDraft tg = d.add(AwsKind.TARGET_GROUP, targetGroupId(lb.name()), Optional.empty())
          .put("name", AwsNames.targetGroup(t, lb))
          .put("protocol", "HTTP")
          .put("port", Integer.toString(port))
          .ref("vpc", "vpc")
          .put("healthCheckPath", hc.path())
          .put("healthCheckIntervalSeconds", seconds(hc.interval()))
          .put("healthCheckTimeoutSeconds", seconds(hc.timeout()))
          .put("healthyThreshold", Integer.toString(hc.healthyThreshold()))
          .put("unhealthyThreshold", Integer.toString(hc.unhealthyThreshold()))
          .put("stickiness", Boolean.toString(lb.stickiness().enabled()))
          .put("stickinessSeconds", seconds(lb.stickiness().duration()))
          .put("deregistrationDelaySeconds", seconds(lb.deregistrationDelay()))
          .put("targets", list(targets));
      targets.forEach(tg::dependsOn);
      tg.done();
      for (Listener l : lb.listeners()) {
        ResourceDraft lb2 = d.add(AwsKind.LISTENER, "listener/" + lb.name() + "/" + l.port(), Optional.empty())
            .put("protocol", l.protocol().name())
            .put("port", Integer.toString(l.port()))
            .ref("loadBalancer", lbId)
            .ref("targetGroup", targetGroupId(lb.name()));
        l.certificate().ifPresent(c -> lb2.put("certificate", d.inputs.certificateFor(c)));
        lb2.done();
      }
    }
  }
}
