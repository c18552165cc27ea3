package dev.tenkai.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogDocumentTest {
  /** docs/rules.md, seen from the core module (Maven runs tests there). */
  private static final Path CHECKED_IN = Path.of("..", "docs", "rules.md");

  @Test
  void theCheckedInCatalogueIsUpToDate() throws IOException {
    String rendered = RuleCatalogDocument.render();
    if (Boolean.getBoolean("tenkai.updateDocs")) {
      RuleCatalogDocument.main(new String[] {CHECKED_IN.toString()});
    }
    assertThat(Files.exists(CHECKED_IN)).as("%s exists", CHECKED_IN.toAbsolutePath().normalize()).isTrue();
    assertThat(Files.readString(CHECKED_IN, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: rebuild core (./mvnw -pl core process-classes) or run this test with"
            + " -Dtenkai.updateDocs=true, then commit docs/rules.md")
        .isEqualTo(rendered);
  }

  @Test
  void everyRuleAppearsWithItsMetadata() {
    String doc = RuleCatalogDocument.render();
    for (Rule rule : BuiltInRules.all().rules()) {
      RuleInfo info = rule.info();
      assertThat(doc)
          .contains("### " + info.id() + "\n\n" + info.summary() + ".\n")
          .contains("- Why: " + info.rationale() + "\n")
          .contains("- Fix: " + info.remediation() + "\n")
          .contains("[" + info.id() + "](#" + info.id().toLowerCase(java.util.Locale.ROOT) + ")");
    }
    assertThat(doc).contains("## availability (9)").contains("## cache (1)");
  }

  @Test
  void mainRewritesOnlyAChangedFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path doc = dir.resolve("docs/rules.md");
    RuleCatalogDocument.main(new String[] {doc.toString()});
    assertThat(Files.readString(doc)).isEqualTo(RuleCatalogDocument.render());
    Files.setLastModifiedTime(doc, java.nio.file.attribute.FileTime.fromMillis(0));
    RuleCatalogDocument.main(new String[] {doc.toString()});
    assertThat(Files.getLastModifiedTime(doc).toMillis()).isZero();
  }
}
