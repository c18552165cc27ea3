package dev.tenkai.maven;

import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.model.Topology;
import java.util.function.Supplier;

/** Topology providers of the kinds a project may name in {@code topologyClass}. */
public final class SampleTopologies {
  private SampleTopologies() {}

  /** The reference deployment. */
  public static Topology reference() {
    return ReferenceTopologies.modern();
  }

  /** A class with one static provider method. */
  public static final class OneMethod {
    private OneMethod() {}

    /** The seed's pitfalls. */
    public static Topology pitfalls() {
      return SeedPitfallTopologies.pitfalls();
    }
  }

  /** A supplier. */
  public static final class Reference implements Supplier<Topology> {
    /** Made by the goal. */
    public Reference() {}

    @Override
    public Topology get() {
      return ReferenceTopologies.modern();
    }
  }

  /** A supplier whose topology is invalid. */
  public static final class Broken implements Supplier<Topology> {
    /** Made by the goal. */
    public Broken() {}

    @Override
    public Topology get() {
      throw new dev.tenkai.model.InvalidTopologyException("subnets[0].cidr", "10.9.0.0/24 is outside 10.0.0.0/16");
    }
  }
}
