package dev.tenkai.report.analysis;

import static dev.tenkai.report.analysis.Quantities.perZone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/** The analyses' JSON envelope and the small JSON pieces every document shares. */
final class JsonDocs {
  private JsonDocs() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /**
   * The JSON writer, built on first use: creating an ObjectMapper loads several hundred classes
   * (about 0.3 s of a short command-line run), which a text report never needs.
   */
  private static final class Indented {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Indented() {}
  }

  /** A new JSON object. */
  static ObjectNode object() {
    return JSON.objectNode();
  }

  static ObjectNode envelope(String kind) {
    ObjectNode doc = JSON.objectNode();
    doc.put("format", AnalysisReport.FORMAT);
    doc.put("version", AnalysisReport.VERSION);
    doc.put("kind", kind);
    return doc;
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = JSON.arrayNode();
    values.forEach(a::add);
    return a;
  }

  static ObjectNode counts(Map<String, Integer> perZone) {
    ObjectNode o = JSON.objectNode();
    perZone.forEach(o::put);
    return o;
  }

  static String write(ObjectNode doc) {
    try {
      return Indented.MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
