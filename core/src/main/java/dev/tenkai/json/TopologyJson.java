package dev.tenkai.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tenkai.model.InvalidTopologyException;
import dev.tenkai.model.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes the versioned JSON form of a {@link Topology}:
 *
 * <pre>{@code
 * {"format": "tenkai-topology", "version": 1, "topology": { "name": "shop", ... }}
 * }</pre>
 *
 * <p>Writing then reading gives back an equal topology. Reading is strict: unknown fields, wrong
 * types, numbers out of range, a missing attribute or a structurally invalid topology all fail
 * with a {@link TopologyJsonException} that names the JSON path; half a model is never returned.
 */
public final class TopologyJson {
  /** The format marker at the top of every document. */
  public static final String FORMAT = "tenkai-topology";

  /** The version this library writes and reads. */
  public static final int VERSION = 1;

  private static final int MAX_NESTING = 64;
  private static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

  private static final ObjectMapper MAPPER = newMapper();

  private TopologyJson() {}

  private static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_DOCUMENT_CHARS)
                .maxNumberLength(32)
                .build());
    return mapper;
  }

  /** The document for {@code topology}, pretty-printed. */
  public static String write(Topology topology) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    doc.set("topology", MAPPER.valueToTree(topology));
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a built topology always serializes", e);
    }
  }

  /** The model as a JSON tree, for embedding in other documents. */
  public static JsonNode toTree(Topology topology) {
    return MAPPER.valueToTree(topology);
  }

  /**
   * Reads a document written by {@link #write(Topology)} (or by hand, or by another tool).
   *
   * @throws TopologyJsonException for anything that is not a valid topology document
   */
  public static Topology read(String json) {
    if (json == null) {
      throw new TopologyJsonException("$", "no document (null)");
    }
    JsonNode doc;
    try {
      doc = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new TopologyJsonException(where(e), "malformed JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (doc == null || !doc.isObject()) {
      throw new TopologyJsonException("$", "expected a JSON object with format, version and topology");
    }
    JsonNode format = doc.get("format");
    if (format == null || !FORMAT.equals(format.asText(null)) || !format.isTextual()) {
      throw new TopologyJsonException(
          "$.format", "expected \"" + FORMAT + "\", got " + (format == null ? "nothing" : format));
    }
    JsonNode version = doc.get("version");
    if (version == null || !version.isInt() || version.intValue() != VERSION) {
      throw new TopologyJsonException(
          "$.version",
          "this library reads version " + VERSION + ", got " + (version == null ? "nothing" : version));
    }
    java.util.Iterator<String> names = doc.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals("format") && !n.equals("version") && !n.equals("topology")) {
        throw new TopologyJsonException("$." + n, "unknown field '" + n + "'");
      }
    }
    JsonNode body = doc.get("topology");
    if (body == null || !body.isObject()) {
      throw new TopologyJsonException("$.topology", "expected an object");
    }
    try {
      return MAPPER.treeToValue(body, Topology.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw translate(e);
    }
  }

  /** Reads the document in {@code file}. */
  public static Topology read(Path file) {
    try {
      return read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topology file " + file + ": " + e.getMessage(), e);
    }
  }

  private static TopologyJsonException translate(Exception e) {
    String path = "$.topology";
    if (e instanceof JsonMappingException) {
      path = jsonPath((JsonMappingException) e);
    }
    Throwable model = e;
    while (model != null && !(model instanceof InvalidTopologyException)) {
      model = model.getCause();
    }
    if (model != null) {
      InvalidTopologyException ite = (InvalidTopologyException) model;
      String msg = ite.getMessage();
      return new TopologyJsonException(path, msg);
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String known =
          u.getKnownPropertyIds() == null
              ? ""
              : u.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", ", "; known fields: ", ""));
      return new TopologyJsonException(path, "unknown field '" + u.getPropertyName() + "'" + known);
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return new TopologyJsonException(
          path,
          "value " + f.getValue() + " is not a valid " + simpleName(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return new TopologyJsonException(
          path, "expected " + simpleName(m.getTargetType()) + ": " + firstLine(m.getOriginalMessage()));
    }
    String msg = e instanceof JsonMappingException
        ? ((JsonMappingException) e).getOriginalMessage()
        : e.getMessage();
    return new TopologyJsonException(path, firstLine(msg));
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$.topology");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String where(JacksonException e) {
    JsonLocation l = e.getLocation();
    return l == null ? "$" : "$ (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static String simpleName(Class<?> c) {
    if (c == null) {
      return "value";
    }
    if (c.isEnum()) {
      return c.getSimpleName() + " (one of " + java.util.Arrays.toString(c.getEnumConstants()) + ")";
    }
    String n = c.getSimpleName();
    return n.startsWith("Immutable") ? n.substring("Immutable".length()) : n;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    int hint = line.indexOf(" (but might if coercion");
    return hint < 0 ? line : line.substring(0, hint);
  }
}
