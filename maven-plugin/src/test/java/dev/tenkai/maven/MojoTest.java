package dev.tenkai.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.fixtures.SeedPitfallTopologies;
import dev.tenkai.json.TopologyJson;
import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Validator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals run as Maven runs them: parameters set, then execute(). */
class MojoTest {
  @TempDir Path dir;

  private <T extends AbstractTopologyMojo> T configure(T mojo) {
    mojo.buildDirectory = dir.resolve("target").toFile();
    mojo.classpath = List.of();
    mojo.sourceRoots = List.of();
    mojo.baseDirectory = dir.toFile();
    return mojo;
  }

  private ValidateMojo validate() {
    ValidateMojo m = configure(new ValidateMojo());
    m.aws = true;
    return m;
  }

  private File json(String name, dev.tenkai.model.Topology t) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, TopologyJson.write(t));
    return f.toFile();
  }

  @Test
  void aCleanTopologyFileValidatesAndItsSarifPointsAtTheFile() throws Exception {
    ValidateMojo m = validate();
    m.topologyFile = json("reference.json", ReferenceTopologies.modern());
    m.execute();
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("target/tenkai/findings.sarif").toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results").size()).isZero();
    assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isGreaterThan(30);
  }

  @Test
  void findingsOfATopologyFilePointAtItRelativeToTheProject() throws Exception {
    ValidateMojo m = validate();
    m.baseDirectory = dir.toFile();
    Files.createDirectories(dir.resolve("src/main/tenkai"));
    m.topologyFile = json("src/main/tenkai/pitfalls.json", SeedPitfallTopologies.pitfalls());
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("target/tenkai/findings.sarif").toFile());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/main/tenkai/pitfalls.json");
  }

  @Test
  void findingsOfATopologyClassPointAtItsSourceFile() throws Exception {
    Path root = dir.resolve("src/main/java");
    Path source = root.resolve("dev/tenkai/maven/SampleTopologies.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "// the providing class's source");
    ValidateMojo m = validate();
    m.sourceRoots = List.of(dir.resolve("src/generated").toString(), root.toString());
    m.topologyClass = SampleTopologies.OneMethod.class.getName();
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("target/tenkai/findings.sarif").toFile());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/dev/tenkai/maven/SampleTopologies.java");
  }

  @Test
  void errorsFailTheBuildAfterTheSarifIsWritten() throws Exception {
    ValidateMojo m = validate();
    m.topologyClass = SampleTopologies.OneMethod.class.getName();
    m.sarifFile = dir.resolve("out/pitfalls.sarif").toFile();
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("topology seed-pitfalls:")
        .hasMessageContaining("error(s)")
        .hasMessageContaining("pitfalls.sarif");
    JsonNode sarif = new ObjectMapper().readTree(m.sarifFile);
    assertThat(sarif.at("/runs/0/results").size()).isGreaterThan(0);
    assertThat(sarif.toString()).contains("TK-DNS-001");
  }

  @Test
  void suppressedErrorsOrLoweredSeveritiesLetTheBuildPass() throws Exception {
    ValidateMojo suppressed = validate();
    suppressed.topologyClass = SampleTopologies.OneMethod.class.getName();
    suppressed.suppressions = Validator.builder().addPack(BuiltInRules.all()).addPack(AwsRules.pack()).build()
        .validate(SeedPitfallTopologies.pitfalls()).active(Severity.ERROR).stream()
        .map(f -> f.ruleId() + "@" + f.resource() + "=accepted for the demo")
        .distinct()
        .collect(Collectors.toList());
    assertThat(suppressed.suppressions).isNotEmpty();
    suppressed.execute();
    assertThat(Files.readString(dir.resolve("target/tenkai/findings.sarif"))).contains("accepted for the demo");

    ValidateMojo lowered = validate();
    lowered.aws = false;
    lowered.topologyClass = SampleTopologies.OneMethod.class.getName();
    lowered.severities = BuiltInRules.all().rules().stream().collect(Collectors.toMap(r -> r.info().id(), r -> "info"));
    lowered.execute();
  }

  @Test
  void aMalformedSuppressionOrLevelIsNamed() {
    ValidateMojo bad = validate();
    bad.topologyClass = SampleTopologies.OneMethod.class.getName();
    bad.suppressions = List.of("TK-DNS-001 example.jp because");
    assertThatThrownBy(bad::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("RULE@RESOURCE=REASON, got 'TK-DNS-001 example.jp because'");
    ValidateMojo level = validate();
    level.topologyClass = SampleTopologies.OneMethod.class.getName();
    level.severities = Map.of("TK-DNS-001", "fatal");
    assertThatThrownBy(level::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown level 'fatal'");
  }

  @Test
  void theTopologyComesFromASupplierOrANamedStaticMethod() throws Exception {
    ValidateMojo supplier = validate();
    supplier.topologyClass = SampleTopologies.Reference.class.getName();
    supplier.execute();
    ValidateMojo method = validate();
    method.topologyClass = SampleTopologies.class.getName() + "#reference";
    method.execute();
    assertThat(dir.resolve("target/tenkai/findings.sarif")).exists();
  }

  @Test
  void badInputIsNamedWithoutAStackTrace() throws Exception {
    ValidateMojo none = validate();
    assertThatThrownBy(none::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("say where the topology is");

    ValidateMojo both = validate();
    both.topologyFile = dir.resolve("x.json").toFile();
    both.topologyClass = "com.acme.Shop";
    assertThatThrownBy(both::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("not both");

    ValidateMojo missing = validate();
    missing.topologyFile = dir.resolve("missing.json").toFile();
    assertThatThrownBy(missing::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("missing.json does not exist");

    ValidateMojo broken = validate();
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"format\": \"tenkai-topology\"");
    broken.topologyFile = f.toFile();
    assertThatThrownBy(broken::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("broken.json");

    ValidateMojo unknown = validate();
    unknown.topologyClass = "com.acme.NoSuchShop";
    assertThatThrownBy(unknown::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("com.acme.NoSuchShop is not on the project's compile classpath");

    ValidateMojo ambiguous = validate();
    ambiguous.topologyClass = MojoTest.class.getName();
    assertThatThrownBy(ambiguous::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no public static no-argument method returning a Topology");

    ValidateMojo invalid = validate();
    invalid.topologyClass = SampleTopologies.Broken.class.getName();
    assertThatThrownBy(invalid::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("building the topology of " + SampleTopologies.Broken.class.getName() + " failed")
        .hasMessageContaining("10.9.0.0/24 is outside 10.0.0.0/16");
  }

  @Test
  void skipDoesNothing() throws Exception {
    ValidateMojo m = validate();
    m.skip = true;
    m.execute();
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void diagramWritesMermaidOrDot() throws Exception {
    DiagramMojo mermaid = configure(new DiagramMojo());
    mermaid.format = "mermaid";
    mermaid.topologyFile = json("reference.json", ReferenceTopologies.modern());
    mermaid.execute();
    assertThat(Files.readString(dir.resolve("target/tenkai/reference.mmd"))).contains("flowchart", "web-lb");

    DiagramMojo dot = configure(new DiagramMojo());
    dot.format = "DOT";
    dot.topologyClass = SampleTopologies.Reference.class.getName();
    dot.outputFile = dir.resolve("docs/ref.dot").toFile();
    dot.execute();
    assertThat(Files.readString(dir.resolve("docs/ref.dot"))).contains("digraph").contains("web-lb");

    DiagramMojo svg = configure(new DiagramMojo());
    svg.format = "png";
    svg.topologyClass = SampleTopologies.Reference.class.getName();
    assertThatThrownBy(svg::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("'png' is not a diagram format");
  }

  @Test
  void exportWritesACloudFormationTemplate() throws Exception {
    ExportMojo yaml = configure(new ExportMojo());
    yaml.format = "yaml";
    yaml.topologyClass = SampleTopologies.Reference.class.getName();
    yaml.zoneNames = Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c");
    yaml.execute();
    String template = Files.readString(dir.resolve("target/tenkai/reference.cfn.yaml"));
    assertThat(template).contains("AWSTemplateFormatVersion").contains("ap-northeast-1c").contains("AWS::ElasticLoadBalancingV2::LoadBalancer");

    ExportMojo json = configure(new ExportMojo());
    json.format = "json";
    json.imageIdParameters = true;
    json.topologyFile = json("reference.json", SeedPitfallTopologies.pitfalls());
    json.execute();
    assertThat(new ObjectMapper().readTree(dir.resolve("target/tenkai/seed-pitfalls.cfn.json").toFile()).has("Resources")).isTrue();
  }
}
