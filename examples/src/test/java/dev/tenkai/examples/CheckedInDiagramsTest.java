package dev.tenkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.report.diagram.MermaidDiagram;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The diagrams in docs/ show the reference deployment as the code builds it today. */
class CheckedInDiagramsTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void theMermaidDiagramIsCurrent() throws Exception {
    assertThat(Files.readString(DOCS.resolve("reference.mmd")))
        .as("docs/reference.mmd is stale; regenerate it with: java -jar examples/target/tenkai.jar "
            + "diagram --example reference --format mermaid --output docs/reference.mmd")
        .isEqualTo(new MermaidDiagram().render(ReferenceDeployment.modern()));
  }

  @Test
  void theSvgIsTheReferenceDeployment() throws Exception {
    String svg = Files.readString(DOCS.resolve("reference.svg"));
    assertThat(svg).contains("<svg").contains("reference (ap&#45;northeast&#45;1)")
        .contains("zone a").contains("zone c").contains("db primary").contains("db standby");
  }
}
