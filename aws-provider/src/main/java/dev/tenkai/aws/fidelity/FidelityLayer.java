package dev.tenkai.aws.fidelity;

import java.util.List;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * The SDK interceptor that plays AWS's documented behaviours over an emulator: add it to every
 * client ({@code AwsOptions.Builder.interceptor}, or {@code LocalEmulator.optionsFor(endpoint,
 * layer)}). Each call passes every {@link Behaviour} before it is sent (inside the SDK's retry
 * loop, like an answer from AWS) and after its answer arrives. Time is the layer's {@link
 * VirtualClock}.
 */
public final class FidelityLayer implements ExecutionInterceptor {
  private final VirtualClock clock;
  private final List<Behaviour> behaviours;

  private FidelityLayer(VirtualClock clock, List<Behaviour> behaviours) {
    this.clock = clock;
    this.behaviours = List.copyOf(behaviours);
  }

  /** Every behaviour of the catalogue with AWS's documented durations, on {@code clock}. */
  public static FidelityLayer aws(VirtualClock clock) {
    return new FidelityLayer(clock, Catalogue.all());
  }

  /** Only {@code behaviours}, on {@code clock} (a test of one behaviour). */
  public static FidelityLayer of(VirtualClock clock, Behaviour... behaviours) {
    return new FidelityLayer(clock, List.of(behaviours));
  }

  /** The layer's clock: wait on it, and the layer's durations pass. */
  public VirtualClock clock() {
    return clock;
  }

  /** The behaviours played, in the order each call passes them. */
  public List<Behaviour> behaviours() {
    return behaviours;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    Call call = call(context.request(), attributes);
    for (Behaviour b : behaviours) {
      b.before(call);
    }
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    Call call = call(context.request(), attributes);
    SdkResponse response = context.response();
    for (Behaviour b : behaviours) {
      response = b.after(call, response);
    }
    return response;
  }

  private Call call(SdkRequest request, ExecutionAttributes attributes) {
    return new Call(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), request, clock.now());
  }
}
