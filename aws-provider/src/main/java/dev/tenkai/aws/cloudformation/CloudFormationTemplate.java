package dev.tenkai.aws.cloudformation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.tenkai.aws.RealizationInputs;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.model.Topology;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A topology as a CloudFormation template that creates every resource the AWS provider would,
 * built from the provider's own {@link TopologyMapping} (so the two cannot drift): the same
 * logical ids (made alphanumeric by {@link LogicalIdScheme}), the same {@code tenkai:stack} and
 * {@code tenkai:logical-id} tags, parameters for what the provider takes as options (zone names,
 * image ids per role, key pair, certificates, an existing hosted zone) and outputs for the entry
 * points.
 *
 * <pre>
 * String yaml = CloudFormationTemplate.of(topology).toYaml();
 * </pre>
 */
public final class CloudFormationTemplate {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build());

  private final DesiredStack stack;
  private final LogicalIdScheme ids;
  private final ObjectNode tree;

  private CloudFormationTemplate(DesiredStack stack, LogicalIdScheme ids, ObjectNode tree) {
    this.stack = stack;
    this.ids = ids;
    this.tree = tree;
  }

  /**
   * The template for {@code topology}.
   *
   * @throws IllegalArgumentException when an option names a zone the topology does not use
   */
  public static CloudFormationTemplate of(Topology topology, ExportOption... options) {
    Map<String, String> zoneNames = new LinkedHashMap<>();
    for (String zone : topology.zones()) {
      zoneNames.put(zone, topology.region() + zone);
    }
    for (ExportOption o : options) {
      o.zoneNameMapping().ifPresent(e -> {
        if (!zoneNames.containsKey(e.getKey())) {
          throw new IllegalArgumentException("zone option names logical zone '" + e.getKey() + "', which topology "
              + topology.name() + " does not use (zones: " + topology.zones() + ")");
        }
        zoneNames.put(e.getKey(), e.getValue());
      });
    }
    // The mapping needs an image per role and resolves certificates; the template replaces both
    // with parameters, so the placeholder never reaches the template.
    RealizationInputs inputs = RealizationInputs.builder().putImage(RealizationInputs.DEFAULT_ROLE, TemplateBuilder.IMAGE_PLACEHOLDER).build();
    DesiredStack stack = TopologyMapping.map(topology, topology.region(), ZoneMap.of(zoneNames), inputs);
    LogicalIdScheme ids = LogicalIdScheme.of(stack.resources().keySet());
    ObjectNode tree = new TemplateBuilder(stack, ids, options).build();
    return new CloudFormationTemplate(stack, ids, tree);
  }

  /** The template as a JSON tree (a copy: changing it changes nothing here). */
  public ObjectNode tree() {
    return tree.deepCopy();
  }

  /** The provider's resources this template was built from. */
  public DesiredStack stack() {
    return stack;
  }

  /** How Tenkai logical ids became CloudFormation logical ids. */
  public LogicalIdScheme logicalIds() {
    return ids;
  }

  /** The template as indented JSON. */
  public String toJson() {
    return write(JSON, tree);
  }

  /** The template as YAML (plain JSON-style intrinsic functions, e.g. {@code Ref:}). */
  public String toYaml() {
    return write(YAML, tree);
  }

  private static String write(ObjectMapper mapper, JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write template", e);
    }
  }

  /** A new empty object, for callers building fragments in the template's style. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A new empty array. */
  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }
}
