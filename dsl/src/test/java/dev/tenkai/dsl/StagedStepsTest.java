package dev.tenkai.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.Topology;
import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
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
