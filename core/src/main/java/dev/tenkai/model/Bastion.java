package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The SSH entry point: the only host reached from outside for administration. */
@Value.Immutable
@JsonSerialize(as = ImmutableBastion.class)
@JsonDeserialize(as = ImmutableBastion.class)
public abstract class Bastion {
  /** Unique name. */
  @Value.Default
  public String name() {
    return "bastion";
  }

  /** The zone it lives in. */
  public abstract String zone();

  /** The public tier it lives in. */
  @Value.Default
  public String tier() {
    return "public";
  }

  /** Its instance class. */
  public abstract String instanceClass();

  /** The reference of the image it boots, resolved by the provider's options when empty. */
  public abstract Optional<String> image();

  /** The CIDR blocks allowed to reach it by SSH. */
  public abstract List<String> allowedSources();

  /** Whether it holds an Elastic IP. */
  @Value.Default
  public boolean elasticIp() {
    return true;
  }

  /** A new builder. */
  public static ImmutableBastion.Builder builder() {
    return ImmutableBastion.builder();
  }
}
