package dev.tenkai.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The rule catalogue as Markdown ({@code docs/rules.md}), written from the rules' own
 * {@link RuleInfo} so that the document cannot drift from the code. The build runs {@link #main}
 * after compiling; a test fails when the checked-in document is stale.
 */
public final class RuleCatalogDocument {
  private RuleCatalogDocument() {}

  /** The document for the built-in catalogue, one section per family. */
  public static String render() {
    return render(BuiltInRules.families());
  }

  /** The document for one pack. */
  public static String render(RulePack pack) {
    return render(List.of(pack));
  }

  /** The document for {@code packs}: an index table, then one section per pack, one entry per rule. */
  public static String render(List<RulePack> packs) {
    StringBuilder out = new StringBuilder();
    int count = packs.stream().mapToInt(p -> p.rules().size()).sum();
    out.append("# Validation rules\n\n");
    out.append("<!-- Generated from the rules' @RuleInfo by dev.tenkai.rules.RuleCatalogDocument: do not edit.\n");
    out.append("     The core build regenerates it; or run RuleCatalogDocumentTest with -Dtenkai.updateDocs=true. -->\n\n");
    out.append(count).append(" rules in ").append(packs.size()).append(packs.size() == 1 ? " pack" : " packs")
        .append(". The severity shown is the default; a validator may change it per rule, and a finding may be")
        .append(" suppressed on one resource with a written reason.\n\n");
    out.append("| Id | Severity | Summary |\n|---|---|---|\n");
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        RuleInfo info = rule.info();
        out.append("| [").append(info.id()).append("](#").append(info.id().toLowerCase(Locale.ROOT)).append(") | ")
            .append(severity(info.severity())).append(" | ").append(cell(info.summary())).append(" |\n");
      }
    }
    for (RulePack pack : packs) {
      out.append("\n## ").append(pack.name()).append(" (").append(pack.rules().size()).append(")\n");
      if (!pack.description().isBlank()) {
        out.append('\n').append(pack.description()).append('\n');
      }
      for (Rule rule : pack.rules()) {
        RuleInfo info = rule.info();
        out.append("\n### ").append(info.id()).append("\n\n");
        out.append(info.summary()).append(".\n\n");
        out.append("- Severity: ").append(severity(info.severity())).append('\n');
        out.append("- Class: `").append(rule.getClass().getName()).append("`\n");
        out.append("- Why: ").append(info.rationale()).append('\n');
        out.append("- Fix: ").append(info.remediation()).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Writes the built-in catalogue to the file named by {@code args[0]}, only when its content
   * changes (so that an unchanged catalogue leaves the checked-in file untouched).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RuleCatalogDocument <path of rules.md>");
    }
    Path target = Path.of(args[0]).toAbsolutePath().normalize();
    String text = render();
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }

  private static String severity(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
