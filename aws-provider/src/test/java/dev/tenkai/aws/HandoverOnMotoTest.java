package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Handover;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Egress;
import dev.tenkai.model.ImmutableBastion;
import dev.tenkai.model.ImmutableNat;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ec2.model.AssociateAddressRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;

/**
 * The seed's single NAT instance and its bastion, replaced by a bigger instance class: each new
 * instance runs, its Elastic IP and routes switch to it, and only then is the old one terminated.
 */
@ExtendWith(MotoExtension.class)
class HandoverOnMotoTest {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private volatile boolean recording;

  private final ExecutionInterceptor watch = new ExecutionInterceptor() {
    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      if (!recording) {
        return;
      }
      Object req = context.request();
      if (context.response() instanceof RunInstancesResponse) {
        ((RunInstancesResponse) context.response()).instances().forEach(i -> events.add("RunInstances " + i.instanceId()));
      } else if (req instanceof AssociateAddressRequest) {
        events.add("AssociateAddress " + ((AssociateAddressRequest) req).instanceId());
      } else if (req instanceof ReplaceRouteRequest) {
        events.add("ReplaceRoute " + ((ReplaceRouteRequest) req).instanceId());
      } else if (req instanceof TerminateInstancesRequest) {
        events.add("TerminateInstances " + String.join(",", ((TerminateInstancesRequest) req).instanceIds()));
      }
    }
  };

  @Test
  void aBiggerNatInstanceAndBastionTakeOverBeforeTheOldOnesAreTerminated(LocalEmulator moto) {
    Topology t = ReferenceTopologies.of2012();
    AwsOptions options = LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).readinessTimeout(Duration.ofSeconds(30)).interceptor(watch).build();
    Validator none = Validator.builder().build();
    try (AwsProvider aws = AwsProvider.create(options)) {
      ApplyResult first = aws.apply(aws.plan(t), ApplyGate.validatedBy(none), ApplyListener.NONE);
      assertThat(first.succeeded()).as(first.summary()).isTrue();
      String oldNat = aws.discover(t).require("instance/nat").physicalId();
      String oldBastion = aws.discover(t).require("instance/bastion").physicalId();

      Topology bigger = ImmutableTopology.copyOf(t)
          .withEgress(Egress.builder().addNat(ImmutableNat.copyOf(t.nat("nat").orElseThrow()).withInstanceClass("m5.large")).build())
          .withBastion(ImmutableBastion.copyOf(t.bastion().orElseThrow()).withInstanceClass("m5.large"));
      Plan plan = aws.plan(bigger);
      assertThat(plan.rolling().handovers()).extracting(Handover::logicalId)
          .containsExactlyInAnyOrder("instance/nat", "instance/bastion");
      assertThat(plan.render()).contains("Create before destroy:")
          .contains("instance/nat: the new NAT instance runs before eip/nat, route-table/private/a, route-table/private/c switch to it")
          .contains("egress gap: only while the Elastic IP and the default routes switch")
          .contains("instance/bastion: the new bastion runs before eip/bastion switch to it");
      assertThat(plan.toJson()).contains("\"createBeforeDestroy\"").contains("\"role\" : \"NAT instance\"");

      recording = true;
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(none), ApplyListener.NONE);
      recording = false;
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      String newNat = aws.discover(bigger).require("instance/nat").physicalId();
      String newBastion = aws.discover(bigger).require("instance/bastion").physicalId();
      assertThat(newNat).isNotEqualTo(oldNat);
      assertThat(newBastion).isNotEqualTo(oldBastion);

      int natRuns = events.indexOf("RunInstances " + newNat);
      int natTerminated = events.indexOf("TerminateInstances " + oldNat);
      List<Integer> routes = indexes("ReplaceRoute " + newNat);
      assertThat(routes).as(events.toString()).hasSize(2);
      assertThat(natRuns).as(events.toString()).isNotNegative().isLessThan(routes.get(0));
      assertThat(events.indexOf("AssociateAddress " + newNat)).as(events.toString()).isGreaterThan(natRuns).isLessThan(natTerminated);
      assertThat(routes.get(1)).as(events.toString()).isLessThan(natTerminated);
      assertThat(events.indexOf("AssociateAddress " + newBastion)).as(events.toString())
          .isGreaterThan(events.indexOf("RunInstances " + newBastion)).isLessThan(events.indexOf("TerminateInstances " + oldBastion));

      Filter stack = Filter.builder().name("tag:" + StackTags.STACK).values(t.name()).build();
      assertThat(aws.clients(t).ec2().describeInstances(q -> q.instanceIds(oldNat, oldBastion)).reservations().stream()
          .flatMap(x -> x.instances().stream()).map(i -> i.state().nameAsString()).collect(Collectors.toList()))
          .containsOnly("terminated");
      assertThat(aws.clients(t).ec2().describeAddresses(q -> q.filters(stack)).addresses())
          .anySatisfy(a -> assertThat(a.instanceId()).isEqualTo(newNat))
          .anySatisfy(a -> assertThat(a.instanceId()).isEqualTo(newBastion));
      assertThat(aws.plan(bigger).hasChanges()).as(aws.plan(bigger).render()).isFalse();
    }
  }

  private List<Integer> indexes(String event) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).equals(event)) {
        out.add(i);
      }
    }
    return out;
  }
}
