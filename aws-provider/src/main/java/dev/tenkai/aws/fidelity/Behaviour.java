package dev.tenkai.aws.fidelity;

import software.amazon.awssdk.core.SdkResponse;

/**
 * One documented AWS behaviour that moto lacks, played by the {@link FidelityLayer}: it may refuse
 * a call before it reaches the emulator (throw the AWS error, see {@link AwsErrors}) and may
 * rewrite the emulator's answer (a response rebuilt with {@code toBuilder()}). It keeps whatever
 * it learned from earlier calls itself; the layer calls it from many threads.
 */
public interface Behaviour {
  /** A short name, the catalogue's heading (docs/fidelity.md). */
  String name();

  /** Where AWS documents the behaviour (an API reference or user guide page). */
  String source();

  /** Refuses {@code call} by throwing the AWS error, or returns to let it through. */
  default void before(Call call) {}

  /** The answer the caller sees for {@code call}: {@code response}, or a rebuilt one of the same type. */
  default SdkResponse after(Call call, SdkResponse response) {
    return response;
  }
}
