package dev.tenkai.cli;

import dev.tenkai.examples.ReferenceDeployment;
import dev.tenkai.examples.ScaledTopologies;
import dev.tenkai.examples.SeedPitfalls;
import dev.tenkai.examples.WideTopologies;
import dev.tenkai.model.Topology;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The topologies {@code --example} names. */
enum BuiltInExample {
  REFERENCE("reference", (n, k) -> ReferenceDeployment.modern()),
  REFERENCE_2012("reference-2012", (n, k) -> ReferenceDeployment.of2012()),
  PITFALLS("pitfalls", (n, k) -> SeedPitfalls.topology()),
  SCALED("scaled", (n, k) -> ScaledTopologies.scaled(n)),
  WIDE("wide", (n, k) -> WideTopologies.wide(k));

  private final String cliName;
  private final Sizes build;

  BuiltInExample(String cliName, Sizes build) {
    this.cliName = cliName;
    this.build = build;
  }

  String cliName() {
    return cliName;
  }

  /**
   * The topology; {@code servers} matters only for {@link #SCALED}, {@code services} only for
   * {@link #WIDE}.
   */
  Topology topology(int servers, int services) {
    return build.topology(servers, services);
  }

  /** How an example is built from the sizes the command line gives. */
  @FunctionalInterface
  private interface Sizes {
    Topology topology(int servers, int services);
  }

  static Optional<BuiltInExample> named(String name) {
    return Arrays.stream(values()).filter(e -> e.cliName.equals(name)).findFirst();
  }

  static String names() {
    return Arrays.stream(values()).map(BuiltInExample::cliName).collect(Collectors.joining(", "));
  }
}
