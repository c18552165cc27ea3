package dev.tenkai.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tenkai.diagnostics.Diagnostics;
import dev.tenkai.model.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;

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

  /** The largest topology file {@link #read(Path)} reads; a real one is a few kilobytes. */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  private static final ObjectMapper MAPPER = newMapper();

  private static final Logger LOG = Diagnostics.logger(TopologyJson.class);

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
      throw ReadFailure.malformed(e);
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
      throw ReadFailure.of(e, body);
    }
  }

  /**
   * Reads the document in {@code file}, which must be UTF-8 and at most {@link
   * #MAX_DOCUMENT_BYTES} long; only that much is ever read, whatever the file is.
   *
   * @throws TopologyJsonException for a file too large, not UTF-8 (naming the byte offset) or not
   *     a valid topology document
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public static Topology read(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topology file " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new TopologyJsonException("", file + " is larger than a topology document may be ("
          + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB); is it the right file?");
    }
    LOG.debug("reading topology file {} ({} bytes)", file, bytes.length);
    return read(utf8(file, bytes));
  }

  private static String utf8(Path file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new TopologyJsonException("", String.format(Locale.ROOT,
          "%s is not UTF-8: byte 0x%02X at byte offset %d (line %d) is not part of a UTF-8 character;"
              + " save the file as UTF-8", file, bytes[Math.min(at, bytes.length - 1)] & 0xFF, at, line));
    }
    String text = out.flip().toString();
    // Some editors start a UTF-8 file with a byte order mark; it is not part of the document.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
