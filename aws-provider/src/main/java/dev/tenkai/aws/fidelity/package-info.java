/**
 * A fidelity layer for the emulator: an SDK interceptor between the provider's clients and moto
 * that plays documented AWS behaviours moto lacks (eventual consistency, states that take time,
 * lingering network interfaces, constraints moto does not check), each a small named {@link
 * dev.tenkai.aws.fidelity.Behaviour} with its source, in virtual time ({@link
 * dev.tenkai.aws.fidelity.VirtualClock}). The catalogue is docs/fidelity.md.
 */
package dev.tenkai.aws.fidelity;
