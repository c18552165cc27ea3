package dev.tenkai.dsl;

import dev.tenkai.model.Topology;
import java.util.function.Consumer;

/**
 * The entry point of the DSL.
 *
 * <pre>{@code
 * Topology shop = Tenkai.topology("shop", t -> t
 *     .region("ap-northeast-1")
 *     .zones("a", "c")
 *     .network("10.0.0.0/16", n -> n.publicTier().privateTier()));
 * }</pre>
 */
public final class Tenkai {
  private Tenkai() {}

  /**
   * Describes the topology {@code name} in {@code body} and builds it.
   *
   * <pre>{@code
   * Topology t = Tenkai.topology("shop", t -> t.region("ap-northeast-1").zones("a", "c")
   *     .network("10.0.0.0/16", n -> n.publicTier().privateTier()));
   * }</pre>
   *
   * @throws dev.tenkai.model.InvalidTopologyException when the description cannot exist
   */
  public static Topology topology(String name, Consumer<TopologySpec> body) {
    TopologySpec spec = topology(name);
    body.accept(spec);
    return spec.build();
  }

  /**
   * A spec for the topology {@code name}, to fill in step by step and {@link TopologySpec#build()}.
   *
   * <pre>{@code
   * TopologySpec spec = Tenkai.topology("shop").region("ap-northeast-1").zones("a", "c");
   * spec.network("10.0.0.0/16", n -> n.publicTier());
   * Topology t = spec.build();
   * }</pre>
   */
  public static TopologySpec topology(String name) {
    return new TopologySpec(name);
  }
}
