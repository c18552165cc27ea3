package dev.tenkai.report.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.rules.Finding;
import dev.tenkai.rules.Rule;
import dev.tenkai.rules.RuleInfo;
import dev.tenkai.rules.RulePack;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.Suppression;
import dev.tenkai.rules.ValidationResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link ValidationResult}: {@link #text} for people, {@link #json} for scripts and
 * {@link #sarif} for code-scanning tools. A command's whole output step is
 *
 * <pre>{@code
 * System.out.print(FindingsReport.render(format, result, validator.packs(), colourTerminal));
 * System.exit(ExitCode.of(result, failOnWarnings).code());
 * }</pre>
 */
public final class FindingsReport {
  /** The SARIF version written. */
  public static final String SARIF_VERSION = "2.1.0";

  /** The SARIF 2.1.0 schema's address, written as the log's {@code $schema}. */
  public static final String SARIF_SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final String RESET = "\u001b[0m";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The JSON writer, built on first use: creating an ObjectMapper loads several hundred classes
   * (about 0.3 s of a short command-line run), which a text report never needs.
   */
  private static final class Indented {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Indented() {}
  }

  private FindingsReport() {}

  /**
   * {@code result} in {@code format}; {@code packs} describe the rules (SARIF), {@code colour}
   * asks for ANSI colours (text; the caller knows whether the terminal shows them).
   */
  public static String render(ReportFormat format, ValidationResult result, List<RulePack> packs, boolean colour) {
    switch (format) {
      case JSON:
        return json(result);
      case SARIF:
        return sarif(result, packs);
      default:
        return text(result, colour);
    }
  }

  /**
   * Text for people: a summary line, then the active findings grouped by severity, most severe
   * first, each with its resource, message and fix, then the suppressed ones with their reasons,
   * then the suppressions that matched no finding.
   * ANSI colours only when {@code colour}.
   */
  public static String text(ValidationResult result, boolean colour) {
    StringBuilder out = new StringBuilder();
    out.append(summaryLine(result)).append('\n');
    for (Severity s : Severity.values()) {
      List<Finding> group = result.active(s);
      if (group.isEmpty()) {
        continue;
      }
      out.append('\n').append(paint(colour, colourOf(s), s + " (" + group.size() + ")")).append('\n');
      for (Finding f : group) {
        out.append("  ").append(paint(colour, colourOf(s), f.ruleId())).append("  ").append(f.resource()).append('\n');
        out.append("    ").append(f.message()).append('\n');
        out.append("    fix: ").append(f.remediation()).append('\n');
      }
    }
    List<Finding> suppressed = new ArrayList<>();
    result.findings().stream().filter(Finding::suppressed).forEach(suppressed::add);
    if (!suppressed.isEmpty()) {
      out.append('\n').append(paint(colour, "\u001b[2m", "SUPPRESSED (" + suppressed.size() + ")")).append('\n');
      for (Finding f : suppressed) {
        out.append("  ").append(f.ruleId()).append("  ").append(f.resource()).append("  (").append(f.severity())
            .append(")\n");
        out.append("    ").append(f.message()).append('\n');
        out.append("    reason: ").append(f.suppressedBecause().orElse("")).append('\n');
      }
    }
    if (!result.unusedSuppressions().isEmpty()) {
      out.append('\n').append("UNUSED SUPPRESSIONS (").append(result.unusedSuppressions().size()).append(")\n");
      for (Suppression s : result.unusedSuppressions()) {
        out.append("  ").append(s.ruleId()).append("  ").append(s.resource()).append("  matched no finding\n");
      }
    }
    return out.toString();
  }

  /**
   * Tenkai's JSON form: {@code format}, {@code version}, a {@code summary} of counts and every
   * finding (suppressed ones marked, with their reason), and the suppressions that matched nothing.
   */
  public static String json(ValidationResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("format", "tenkai-findings");
    root.put("version", 1);
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", result.active(Severity.ERROR).size());
    summary.put("warnings", result.active(Severity.WARNING).size());
    summary.put("info", result.active(Severity.INFO).size());
    summary.put("suppressed", result.findings().size() - result.active().size());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode n = findings.addObject();
      n.put("ruleId", f.ruleId());
      n.put("severity", f.severity().name());
      n.put("summary", f.summary());
      n.put("resource", f.resource().toString());
      n.put("message", f.message());
      n.put("remediation", f.remediation());
      n.put("suppressed", f.suppressed());
      f.suppressedBecause().ifPresent(r -> n.put("suppressionReason", r));
    }
    ArrayNode unused = root.putArray("unusedSuppressions");
    for (Suppression s : result.unusedSuppressions()) {
      unused.addObject().put("ruleId", s.ruleId()).put("resource", s.resource().toString()).put("reason", s.reason());
    }
    return write(root);
  }

  /** SARIF 2.1.0 without a file location (the topology was built in code). */
  public static String sarif(ValidationResult result, List<RulePack> packs) {
    return sarif(result, packs, Optional.empty());
  }

  /**
   * SARIF 2.1.0: one run of the tool {@code tenkai}, whose rules are those of {@code packs} (id,
   * summary, rationale, fix, default level); one result per finding with its level, message and
   * the model path as a logical location; suppressed findings carry their justification. When
   * {@code artifactUri} names the topology file, each result also points at it (code-scanning
   * services need a file).
   */
  public static String sarif(ValidationResult result, List<RulePack> packs, Optional<String> artifactUri) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", SARIF_VERSION);
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "tenkai");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RulePack pack : packs) {
      for (Rule rule : pack.rules()) {
        RuleInfo info = rule.info();
        if (index.containsKey(info.id())) {
          continue;
        }
        index.put(info.id(), index.size());
        ObjectNode r = rules.addObject();
        r.put("id", info.id());
        r.put("name", rule.getClass().getSimpleName());
        r.putObject("shortDescription").put("text", info.summary());
        r.putObject("fullDescription").put("text", info.rationale());
        r.putObject("help").put("text", info.remediation());
        r.putObject("defaultConfiguration").put("level", level(info.severity()));
        r.putObject("properties").putArray("tags").add(pack.name());
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      if (index.containsKey(f.ruleId())) {
        r.put("ruleIndex", index.get(f.ruleId()));
      }
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.message() + " Fix: " + f.remediation());
      ObjectNode location = r.putArray("locations").addObject();
      artifactUri.ifPresent(uri -> {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        // The model has no line numbers: the finding is about the file as a whole.
        physical.putObject("region").put("startLine", 1);
      });
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("fullyQualifiedName", f.resource().toString());
      logical.put("kind", "resource");
      r.putObject("partialFingerprints").put("tenkaiRuleResource/v1", f.ruleId() + ":" + f.resource());
      ArrayNode suppressions = r.putArray("suppressions");
      f.suppressedBecause().ifPresent(reason -> {
        ObjectNode s = suppressions.addObject();
        s.put("kind", "external");
        s.put("status", "accepted");
        s.put("justification", reason);
      });
    }
    return write(root);
  }

  /** SARIF's level for a severity. */
  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static String summaryLine(ValidationResult r) {
    if (r.findings().isEmpty()) {
      return "No findings.";
    }
    int suppressed = r.findings().size() - r.active().size();
    return count(r.active(Severity.ERROR).size(), "error") + ", "
        + count(r.active(Severity.WARNING).size(), "warning") + ", "
        + r.active(Severity.INFO).size() + " info"
        + (suppressed > 0 ? ", " + suppressed + " suppressed" : "");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String colourOf(Severity s) {
    switch (s) {
      case ERROR:
        return "\u001b[1;31m";
      case WARNING:
        return "\u001b[33m";
      default:
        return "\u001b[36m";
    }
  }

  private static String paint(boolean colour, String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String write(ObjectNode root) {
    try {
      return Indented.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serializes.
      throw new UncheckedIOException(e);
    }
  }
}
