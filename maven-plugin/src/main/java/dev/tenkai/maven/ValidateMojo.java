package dev.tenkai.maven;

import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.model.Topology;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import dev.tenkai.rules.Validator;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates the topology against every built-in rule and, unless {@code aws} is false, AWS's own
 * constraints (what {@code tenkai apply} checks); writes the findings as SARIF 2.1.0 for code
 * scanning and fails the build when there is an error (or a warning, with {@code
 * failOnWarnings}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ValidateMojo extends AbstractTopologyMojo {
  /** Also check AWS's own constraints (the {@code aws} rule pack). */
  @Parameter(property = "tenkai.aws", defaultValue = "true")
  boolean aws;

  /** Fail the build on warnings too. */
  @Parameter(property = "tenkai.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Rule severities to change: rule id to {@code error}, {@code warning} or {@code info}. */
  @Parameter
  Map<String, String> severities = Map.of();

  /**
   * Findings to accept, each a {@code <suppression>RULE@RESOURCE=REASON</suppression>}; the
   * written reason is required and appears in the SARIF report.
   */
  @Parameter
  List<String> suppressions = List.of();

  /** The SARIF report; {@code target/tenkai/findings.sarif} by default. */
  @Parameter(property = "tenkai.sarifFile")
  File sarifFile;

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  @Override
  void execute(Topology topology, TopologyInput input) throws MojoExecutionException, MojoFailureException {
    Validator validator = validator();
    ValidationResult result = validator.validate(topology);
    File sarif = outputOr(sarifFile, "findings.sarif");
    // Code-scanning services show a result on a file: the topology file, else the providing class's source.
    Optional<String> artifact = input.file().or(() -> input.sourceFile(sourceRoots)).map(this::artifactUri);
    write(sarif, FindingsReport.sarif(result, validator.packs(), artifact));
    for (Finding f : result.active()) {
      switch (f.severity()) {
        case ERROR -> getLog().error(f.toString());
        case WARNING -> getLog().warn(f.toString());
        default -> getLog().info(f.toString());
      }
    }
    int errors = result.active(Severity.ERROR).size();
    int warnings = result.active(Severity.WARNING).size();
    String counts = "tenkai: topology " + topology.name() + ": " + errors + " error(s), " + warnings + " warning(s); SARIF in " + sarif;
    if (errors > 0 || (failOnWarnings && warnings > 0)) {
      throw new MojoFailureException(counts);
    }
    getLog().info(counts);
  }

  /** The file's path relative to the project, as code-scanning services expect; else its URI. */
  private String artifactUri(File file) {
    Path base = baseDirectory.toPath().toAbsolutePath().normalize();
    Path path = file.toPath().toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toUri().toString();
  }

  private Validator validator() throws MojoExecutionException {
    Validator.Builder b = Validator.builder().addPack(BuiltInRules.all());
    if (aws) {
      b.addPack(AwsRules.pack());
    }
    try {
      for (Map.Entry<String, String> e : severities.entrySet()) {
        b.severity(e.getKey(), severity(e.getKey(), e.getValue()));
      }
      for (String s : suppressions) {
        int at = s.indexOf('@');
        int eq = s.indexOf('=', Math.max(at, 0));
        if (at <= 0 || eq <= at + 1 || eq == s.length() - 1) {
          throw new MojoExecutionException("tenkai: <suppression> expects RULE@RESOURCE=REASON, got '" + s + "'");
        }
        b.suppress(s.substring(0, at).trim(), s.substring(at + 1, eq).trim(), s.substring(eq + 1).trim());
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("tenkai: " + e.getMessage(), e);
    }
  }

  private static Severity severity(String rule, String level) throws MojoExecutionException {
    try {
      return Severity.valueOf(level.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("tenkai: <severities> " + rule + ": unknown level '" + level + "' (error, warning, info)", e);
    }
  }
}
