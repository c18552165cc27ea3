package dev.tenkai.maven;

import dev.tenkai.aws.cloudformation.CloudFormationTemplate;
import dev.tenkai.aws.cloudformation.ExportOption;
import dev.tenkai.model.Topology;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Exports the topology as a CloudFormation template holding every resource the AWS provider
 * would create, as {@code tenkai export cloudformation} does.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ExportMojo extends AbstractTopologyMojo {
  /** {@code yaml} or {@code json}. */
  @Parameter(property = "tenkai.exportFormat", defaultValue = "yaml")
  String format;

  /** The template file; {@code target/tenkai/<topology>.cfn.yaml} (or {@code .json}) by default. */
  @Parameter(property = "tenkai.exportFile")
  File outputFile;

  /** The account's zone name for each logical zone, e.g. {@code <a>ap-northeast-1a</a>}. */
  @Parameter
  Map<String, String> zoneNames = Map.of();

  /** Image ids as template parameters instead of SSM public parameters. */
  @Parameter(property = "tenkai.imageIdParameters", defaultValue = "false")
  boolean imageIdParameters;

  /** Creates the goal; Maven sets its parameters. */
  public ExportMojo() {}

  @Override
  void execute(Topology topology, TopologyInput input) throws MojoExecutionException {
    String f = format.trim().toLowerCase(Locale.ROOT);
    if (!f.equals("yaml") && !f.equals("json")) {
      throw new MojoExecutionException("tenkai: <format> '" + format + "' is not a template format (yaml, json)");
    }
    List<ExportOption> options = new ArrayList<>();
    zoneNames.forEach((logical, name) -> options.add(ExportOption.zoneName(logical, name)));
    if (imageIdParameters) {
      options.add(ExportOption.imageIdParameters());
    }
    CloudFormationTemplate template;
    try {
      template = CloudFormationTemplate.of(topology, options.toArray(ExportOption[]::new));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("tenkai: cannot export " + topology.name() + ": " + e.getMessage(), e);
    }
    File out = outputOr(outputFile, topology.name() + ".cfn." + f);
    write(out, f.equals("json") ? template.toJson() : template.toYaml());
    getLog().info("tenkai: CloudFormation template of " + topology.name() + " in " + out);
  }
}
