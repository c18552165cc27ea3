package dev.tenkai.cli;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.examples.SeedPitfalls;
import dev.tenkai.model.Topology;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The topologies {@code --example} names. */
enum BuiltInExample {
  REFERENCE("reference", n -> ReferenceDeployment.modern()),
  REFERENCE_2012("reference-2012", n -> ReferenceDeployment.of2012()),
  PITFALLS("pitfalls", n -> SeedPitfalls.topology()),
  SCALED("scaled", ScaledTopologies::scaled);

  private final String cliName;
  private final IntFunction<Topology> build;

  BuiltInExample(String cliName, IntFunction<Topology> build) {
    this.cliName = cliName;
    this.build = build;
  }

  String cliName() {
    return cliName;
  }

  /** The topology; {@code servers} matters only for {@link #SCALED}. */
  Topology topology(int servers) {
    return build.apply(servers);
  }

  static Optional<BuiltInExample> named(String name) {
    return Arrays.stream(values()).filter(e -> e.cliName.equals(name)).findFirst();
  }

  static String names() {
    return Arrays.stream(values()).map(BuiltInExample::cliName).collect(Collectors.joining(", "));
  }
}
