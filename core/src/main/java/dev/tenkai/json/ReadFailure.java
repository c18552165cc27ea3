package dev.tenkai.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.tenkai.model.InvalidTopologyException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Jackson failure told in the document's terms: a JSON path, what was expected and what was
 * found. Jackson's own wording names its classes and feature flags, which a person writing a
 * topology file can do nothing with.
 */
final class ReadFailure {
  /** Jackson's pointers to its own configuration: "(64, from `StreamReadConstraints.x()`)". */
  private static final Pattern JACKSON_NOTE =
      Pattern.compile(", from `[^`]*`|: enable `[^`]*` to allow| \\(not recognized as one since Feature '[A-Z_]*' not enabled for parser\\)");

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)' for `ObjectNode`.*");

  private ReadFailure() {}

  /** A document that is not JSON at all. */
  static TopologyJsonException malformed(JacksonException e) {
    JsonLocation l = e.getLocation();
    String where = l == null || l.getLineNr() < 0 ? "$" : "$ (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    String message = firstLine(e.getOriginalMessage());
    java.util.regex.Matcher dup = DUPLICATE.matcher(message);
    if (dup.matches()) {
      return new TopologyJsonException(where, "field '" + dup.group(1) + "' appears twice in one object");
    }
    return new TopologyJsonException(where, "malformed JSON: " + JACKSON_NOTE.matcher(message).replaceAll(""));
  }

  /** A JSON document whose {@code topology} object (the tree {@code body}) is not a topology. */
  static TopologyJsonException of(Exception e, JsonNode body) {
    String path = "$.topology";
    JsonNode found = null;
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      path = jsonPath(m);
      found = at(body, m);
    }
    Throwable model = e;
    while (model != null && !(model instanceof InvalidTopologyException)) {
      model = model.getCause();
    }
    if (model != null) {
      return new TopologyJsonException(path, model.getMessage());
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String known = u.getKnownPropertyIds() == null ? ""
          : u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ", "; known fields: ", ""));
      return new TopologyJsonException(path, "unknown field '" + u.getPropertyName() + "'" + known);
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return new TopologyJsonException(path, "expected " + kind(f.getTargetType()) + ", got " + shown(found, f.getValue()));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return new TopologyJsonException(path, "expected " + kind(m.getTargetType()) + ", got " + shown(found, null));
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return new TopologyJsonException(path, firstLine(e.getCause().getMessage()));
    }
    String msg = e instanceof JsonMappingException ? ((JsonMappingException) e).getOriginalMessage() : e.getMessage();
    return new TopologyJsonException(path, JACKSON_NOTE.matcher(firstLine(msg)).replaceAll(""));
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

  /** The node the failure is about, found by following its path in the tree; null if not there. */
  private static JsonNode at(JsonNode body, JsonMappingException e) {
    JsonNode node = body;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (node == null) {
        return null;
      }
      node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
    }
    return node;
  }

  /** What the document holds there, in JSON's words. */
  private static String shown(JsonNode found, Object value) {
    if (found == null) {
      return value == null ? "something else" : String.valueOf(value);
    }
    if (found.isTextual()) {
      return "the string \"" + found.textValue() + "\"";
    }
    if (found.isArray()) {
      return "a list";
    }
    if (found.isObject()) {
      return "an object";
    }
    if (found.isNull()) {
      return "null";
    }
    return found.isNumber() ? "the number " + found : String.valueOf(found);
  }

  /** What a model type is, in JSON's words. */
  private static String kind(Class<?> c) {
    if (c == null) {
      return "another value";
    }
    if (c.isEnum()) {
      return "one of " + Arrays.toString(c.getEnumConstants());
    }
    if (c == String.class) {
      return "a string";
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return "a whole number";
    }
    if (c == Boolean.class || c == boolean.class) {
      return "true or false";
    }
    if (c == Duration.class) {
      return "a duration such as \"PT30S\"";
    }
    if (Collection.class.isAssignableFrom(c)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(c)) {
      return "an object";
    }
    String n = c.getSimpleName();
    return "an object (" + (n.startsWith("Immutable") ? n.substring("Immutable".length()) : n) + ")";
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
