package dev.tenkai.cli;

import dev.tenkai.json.TopologyJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai show}: the topology as its versioned JSON document, which {@code --file} reads
 * back.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print the topology as JSON (the document --file reads back).")
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  /** Prints the document. */
  @Override
  public Integer call() {
    spec.commandLine().getOut().print(TopologyJson.write(topology.topology()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
