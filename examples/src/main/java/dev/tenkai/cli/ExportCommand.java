package dev.tenkai.cli;

import dev.tenkai.aws.cloudformation.CloudFormationTemplate;
import dev.tenkai.aws.cloudformation.ExportOption;
import dev.tenkai.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai export cloudformation}: the topology as a CloudFormation template holding every
 * resource the AWS provider would create, for teams that deploy through CloudFormation and lint
 * with cfn-lint.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the topology for another tool: 'cloudformation' writes a CloudFormation template.")
public final class ExportCommand implements Callable<Integer> {
  /** What the topology is exported as. */
  enum Target {
    CLOUDFORMATION
  }

  /** The template's text formats. */
  enum Format {
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Parameters(index = "0", paramLabel = "TARGET", description = "What to export as: ${COMPLETION-CANDIDATES}.")
  Target target;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or yaml (default: yaml).")
  Format format = Format.YAML;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--zone",
      paramLabel = "LOGICAL=NAME",
      description = "Default zone name of a logical zone, e.g. c=ap-northeast-1d (repeatable; default: region + logical name).")
  Map<String, String> zones = new LinkedHashMap<>();

  @Option(
      names = "--image-ids",
      description = "Image parameters take AMI ids (AWS::EC2::Image::Id) instead of reading an SSM public parameter.")
  boolean imageIds;

  /** Writes the template. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    List<ExportOption> options = new ArrayList<>();
    zones.forEach((logical, name) -> {
      if (!t.zones().contains(logical)) {
        throw new ParameterException(spec.commandLine(),
            "--zone: unknown logical zone '" + logical + "' (the topology's zones are " + t.zones() + ")");
      }
      options.add(ExportOption.zoneName(logical, name));
    });
    if (imageIds) {
      options.add(ExportOption.imageIdParameters());
    }
    CloudFormationTemplate template = CloudFormationTemplate.of(t, options.toArray(ExportOption[]::new));
    CommandOutput.emit(spec, output, format == Format.JSON ? template.toJson() : template.toYaml());
    return 0;
  }
}
