package dev.tenkai.cli;

import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which topology a command works on: a built-in example or a JSON topology file. Every command
 * that reads a topology mixes this in ({@code @Mixin TopologyOptions topology;}) and calls {@link
 * #topology()}.
 */
public final class TopologyOptions {
  private static final int DEFAULT_SERVERS = 4;
  private static final int DEFAULT_GROUPS = 10;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--example",
      paramLabel = "NAME",
      completionCandidates = ExampleNames.class,
      description = "A built-in topology: ${COMPLETION-CANDIDATES} (default: reference).")
  String example;

  @Option(
      names = "--servers",
      paramLabel = "N",
      description = "Web servers of the 'scaled' example, spread over its zones (default: " + DEFAULT_SERVERS + ").")
  Integer servers;

  @Option(
      names = "--groups",
      paramLabel = "K",
      description = "Services of the 'wide' example, each a server group behind the load balancer with its own "
          + "firewall rules and DNS record (default: " + DEFAULT_GROUPS + ").")
  Integer groups;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "A JSON topology document (as written by 'tenkai show').")
  Path file;

  /**
   * The topology the options name; the reference example when none is named.
   *
   * @throws ParameterException for contradicting options, an unknown example or a file that is
   *     not a valid topology (exit code 2, one line naming the problem)
   */
  public Topology topology() {
    if (example != null && file != null) {
      throw usage("give either --example or --file, not both");
    }
    if (servers != null && !"scaled".equals(example)) {
      throw usage("--servers applies only to --example scaled");
    }
    if (groups != null && !"wide".equals(example)) {
      throw usage("--groups applies only to --example wide");
    }
    if (file != null) {
      return read(file);
    }
    String name = example == null ? BuiltInExample.REFERENCE.cliName() : example;
    BuiltInExample builtIn =
        BuiltInExample.named(name)
            .orElseThrow(() -> usage("unknown example '" + name + "' (choose one of " + BuiltInExample.names() + ")"));
    int n = servers == null ? DEFAULT_SERVERS : servers;
    if (n < 1) {
      throw usage("--servers must be at least 1, got " + n);
    }
    int k = groups == null ? DEFAULT_GROUPS : groups;
    if (k < 0) {
      throw usage("--groups must not be negative, got " + k);
    }
    return builtIn.topology(n, k);
  }

  /** A short name of the topology's source, for messages. */
  public String source() {
    return file != null ? file.toString() : "example " + (example == null ? "reference" : example);
  }

  private Topology read(Path path) {
    if (!Files.exists(path)) {
      throw usage("no such file: " + path);
    }
    if (!Files.isRegularFile(path)) {
      throw usage("not a regular file: " + path);
    }
    try {
      return TopologyJson.read(path);
    } catch (InvalidTopologyException e) {
      // A failure of the file as a whole (too large, not UTF-8) already names it.
      throw usage(e.getMessage().startsWith(path.toString()) ? e.getMessage() : path + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }

  /** The names {@code --example} accepts, for help and shell completion. */
  static final class ExampleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(BuiltInExample.values()).stream().map(BuiltInExample::cliName).iterator();
    }
  }
}
