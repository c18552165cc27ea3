package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A load-balancer listener: a protocol and port in front, the backends' port behind. */
@Value.Immutable
@JsonSerialize(as = ImmutableListener.class)
@JsonDeserialize(as = ImmutableListener.class)
public abstract class Listener {
  /** The protocol clients speak. */
  public abstract ListenerProtocol protocol();

  /** The port clients connect to. */
  public abstract int port();

  /** A reference to the TLS certificate of an HTTPS listener (never the key). */
  public abstract Optional<String> certificate();

  /** Plain HTTP on {@code port}. */
  public static Listener http(int port) {
    return ImmutableListener.builder().protocol(ListenerProtocol.HTTP).port(port).build();
  }

  /** HTTPS on {@code port} with the certificate {@code certificateRef}. */
  public static Listener https(int port, String certificateRef) {
    return ImmutableListener.builder()
        .protocol(ListenerProtocol.HTTPS)
        .port(port)
        .certificate(certificateRef)
        .build();
  }
}
