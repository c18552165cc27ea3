package dev.tenkai.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.Topology;
import com.google.errorprone.annotations.CheckReturnValue;
import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The mistakes the compiler catches: a record without a target, a rule without its destination
 * or ports. Each snippet is compiled against the DSL; a control snippet shows the harness itself
 * compiles correct code.
 *
 * <p>In a block lambda javac alone accepts a dropped step (the build of the topology then fails,
 * {@link UnfinishedStepsTest}); Error Prone's CheckReturnValue check, which users of Error Prone
 * run, rejects it at compile time. That is checked here by compiling snippets with Error Prone
 * (the jar the pom copies to {@code target/errorprone}). The project's own compilation does not
 * run Error Prone: on JDK 17 it needs jdk.compiler's internals opened to a forked javac in every
 * module, and it adds seconds to each compile, for a check whose one subject, the DSL's staged
 * steps, is covered here and by the build-time check.
 */
class StagedStepsTest {
  private static String compile(String body) {
    String source = "import dev.tenkai.dsl.*;\n"
        + "class Snippet {\n  void f(TopologySpec t) {\n    " + body + "\n  }\n}\n";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    String classpath = Stream.of(TopologySpec.class, Topology.class, com.google.common.collect.ImmutableList.class)
        .map(c -> {
          try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
          } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
          }
        })
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean ok = javac
        .getTask(errors, null, null, List.of("-proc:none", "-classpath", classpath, "-d",
            System.getProperty("java.io.tmpdir")), null, List.of(file))
        .call();
    return ok ? "" : errors.toString();
  }

  private static String location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles {@code body} with Error Prone's CheckReturnValue as an error; javac's output. */
  private static String compileWithErrorProne(String body) throws Exception {
    Path dir = Files.createTempDirectory("snippet");
    Files.writeString(dir.resolve("Snippet.java"), "import dev.tenkai.dsl.*;\n"
        + "class Snippet {\n  void f(TopologySpec t) {\n    " + body + "\n  }\n}\n");
    Path errorProne = Path.of("target", "errorprone", "error_prone_core.jar");
    assertThat(errorProne).as("copied by the pom's error-prone-for-tests execution").exists();
    String classpath = Stream.of(TopologySpec.class, Topology.class, CheckReturnValue.class)
        .map(StagedStepsTest::location).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    for (String p : List.of("api", "file", "main", "model", "parser", "processing", "tree", "util")) {
      command.add("-J--add-exports=jdk.compiler/com.sun.tools.javac." + p + "=ALL-UNNAMED");
    }
    command.addAll(List.of("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
        "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED",
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-proc:none",
        "-processorpath", errorProne.toAbsolutePath().toString(),
        "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:CheckReturnValue:ERROR",
        "-classpath", classpath, "-d", dir.toString(), dir.resolve("Snippet.java").toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return javac.waitFor() == 0 ? "" : output;
  }

  @Test
  void errorProneRejectsADroppedStepAndAcceptsFinishedOnes() throws Exception {
    String output = compileWithErrorProne(
        "t.firewall(fw -> { fw.allowInternet().to(\"web-lb\"); fw.allow(\"web\"); return fw; });\n"
        + "    t.dns(\"example.jp\", z -> { z.record(\"www\"); z.apex(); return z; });");
    assertThat(output).contains("[CheckReturnValue] The result of `to(...)` must be used",
        "[CheckReturnValue] The result of `allow(...)` must be used",
        "[CheckReturnValue] The result of `record(...)` must be used",
        "[CheckReturnValue] The result of `apex()` must be used");
    assertThat(compileWithErrorProne(
        "t.firewall(fw -> { fw.allowInternet().to(\"web-lb\").on(80); fw.allow(\"web\").to(\"db\").on(3306).because(\"sql\"); return fw; });\n"
        + "    t.dns(\"example.jp\", z -> { z.apex().aliasTo(\"web-lb\"); z.record(\"www\").cnameTo(\"web-lb\"); return z; });"))
        .isEmpty();
  }

  @Test
  void completeRecordsAndRulesCompile() {
    assertThat(compile("t.dns(\"example.jp\", z -> z.apex().aliasTo(\"web-lb\").record(\"www\").cnameTo(\"web-lb\"));"))
        .isEmpty();
    assertThat(compile("t.firewall(fw -> fw.allow(\"web-lb\").to(\"web\").on(80).because(\"http\"));")).isEmpty();
  }

  @Test
  void aRecordWithoutTargetDoesNotCompile() {
    assertThat(compile("t.dns(\"example.jp\", z -> z.apex());")).contains("incompatible types");
    assertThat(compile("t.dns(\"example.jp\", z -> z.record(\"www\"));")).contains("incompatible types");
  }

  @Test
  void aRuleWithoutDestinationOrPortsDoesNotCompile() {
    assertThat(compile("t.firewall(fw -> fw.allow(\"web-lb\"));")).contains("incompatible types");
    assertThat(compile("t.firewall(fw -> fw.allow(\"web-lb\").to(\"web\"));")).contains("incompatible types");
  }

  @Test
  void aReasonComesOnlyAfterACompleteRule() {
    assertThat(compile("t.firewall(fw -> fw.because(\"why\"));")).contains("cannot find symbol");
  }
}
