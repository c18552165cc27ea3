package dev.tenkai.aws.fidelity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ModifyInstanceAttributeRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.StartInstancesRequest;
import software.amazon.awssdk.services.ec2.model.StopInstancesRequest;

/** An EC2 instance's type can be changed only while it is stopped ({@code IncorrectInstanceState}; moto changes a running one). */
public final class InstanceTypeChangeNeedsStop implements Behaviour {
  private final Map<String, String> state = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "instance type change needs a stopped instance";
  }

  @Override
  public String source() {
    return "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceAttribute.html";
  }

  @Override
  public void before(Call call) {
    if (call.request() instanceof ModifyInstanceAttributeRequest r && r.instanceType() != null && r.instanceType().value() != null) {
      String s = state.get(r.instanceId());
      if (s != null && !s.equals("stopped")) {
        throw AwsErrors.of(AwsErrors.EC2, "IncorrectInstanceState", "The instance '" + r.instanceId() + "' is not in the 'stopped' state.");
      }
    }
  }

  @Override
  public SdkResponse after(Call call, SdkResponse response) {
    if (response instanceof RunInstancesResponse r) {
      r.instances().forEach(i -> state.put(i.instanceId(), "running"));
    } else if (response instanceof DescribeInstancesResponse r) {
      r.reservations().forEach(res -> res.instances().forEach(this::learn));
    } else if (call.request() instanceof StopInstancesRequest r && call.operation().equals("StopInstances")) {
      r.instanceIds().forEach(id -> state.put(id, "stopped"));
    } else if (call.request() instanceof StartInstancesRequest r && call.operation().equals("StartInstances")) {
      r.instanceIds().forEach(id -> state.put(id, "running"));
    }
    return response;
  }

  private void learn(Instance i) {
    if (i.state() != null && i.state().nameAsString() != null) {
      state.put(i.instanceId(), i.state().nameAsString());
    }
  }
}
