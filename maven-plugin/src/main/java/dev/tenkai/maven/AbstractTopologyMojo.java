package dev.tenkai.maven;

import dev.tenkai.model.Topology;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every Tenkai goal shares: where the topology comes from, and skipping. */
abstract class AbstractTopologyMojo extends AbstractMojo {
  /** A topology JSON file (as {@code tenkai show --format json} writes). Give this or {@code topologyClass}. */
  @Parameter(property = "tenkai.topologyFile")
  File topologyFile;

  /**
   * A class of the project that provides the topology: a {@code Supplier<Topology>} with a public
   * no-argument constructor, or a class with one public static no-argument method returning a
   * {@code Topology}; {@code com.acme.Shop#topology} names the method. Give this or {@code
   * topologyFile}.
   */
  @Parameter(property = "tenkai.topologyClass")
  String topologyClass;

  /** The project's compile classpath, where {@code topologyClass} is looked up. */
  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  List<String> classpath;

  /** The project's source roots, where the source of {@code topologyClass} is looked up for reports. */
  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  List<String> sourceRoots;

  /** The project's directory: a topology file is named relative to it in reports. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File baseDirectory;

  /** Where the goals write their files. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** Skip the goal. */
  @Parameter(property = "tenkai.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tenkai: skipped");
      return;
    }
    TopologyInput input = TopologyInput.of(topologyFile, topologyClass);
    execute(input.read(classpath), input);
  }

  /** Runs the goal on {@code topology}, read from {@code input}. */
  abstract void execute(Topology topology, TopologyInput input) throws MojoExecutionException, MojoFailureException;

  /** Writes {@code text} to {@code file}, making its directory. */
  static void write(File file, String text) throws MojoExecutionException {
    try {
      Path parent = file.toPath().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("tenkai: cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code file} if given, else {@code name} in the build directory's {@code tenkai} folder. */
  File outputOr(File file, String name) {
    return file != null ? file : new File(new File(buildDirectory, "tenkai"), name);
  }
}
