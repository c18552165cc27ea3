package dev.tenkai.aws.cloudformation;

import static dev.tenkai.aws.cloudformation.CloudFormationTemplate.array;
import static dev.tenkai.aws.cloudformation.CloudFormationTemplate.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.handlers.ResourceHandler;
import dev.tenkai.aws.handlers.ResourceHandlers;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles one {@link DesiredStack} into a template: each desired resource is rendered by its
 * kind ({@link ResourceHandler#cloudFormation}) under the translated logical id, with the
 * fragments, references, parameters and conditions a kind may use; what the provider does in
 * one call but CloudFormation models apart (the gateway attachment, a route table's route and
 * subnet associations, one ingress resource per rule) a kind adds under ids derived from its own.
 */
public final class TemplateAssembly {
  /** The image the mapping is given; it never reaches the template (images are parameters). */
  public static final String IMAGE_PLACEHOLDER = "ami-00000000000000000";

  public static final String KEY_PAIR_PARAMETER = "KeyPairName";
  public static final String EXISTING_ZONE_PARAMETER = "ExistingHostedZoneId";
  public static final String HAS_KEY_PAIR = "HasKeyPair";
  public static final String CREATE_HOSTED_ZONE = "CreateHostedZone";
  public static final String ATTACHMENT = "InternetGatewayAttachment";

  private final DesiredStack stack;
  private final LogicalIdScheme ids;
  private final Optional<String> ssmPath;
  private final boolean imageIds;
  private final Map<String, String> zoneDefaults;

  private final ObjectNode parameters = object();
  private final ObjectNode conditions = object();
  private final ObjectNode resources = object();
  private final ObjectNode outputs = object();
  private final Map<String, String> imageParameters = new LinkedHashMap<>();
  private final ResourceHandlers kinds;
  private final Map<String, ObjectNode> pending = new LinkedHashMap<>();

  TemplateAssembly(DesiredStack stack, LogicalIdScheme ids, ResourceHandlers kinds, ExportOption... options) {
    this.stack = stack;
    this.kinds = kinds;
    this.ids = ids;
    Optional<String> ssm = Optional.empty();
    boolean plainIds = false;
    for (ExportOption o : options) {
      ssm = o.ssmPath().isPresent() ? o.ssmPath() : ssm;
      plainIds |= o.imageIds();
    }
    this.ssmPath = ssm;
    this.imageIds = plainIds;
    this.zoneDefaults = stack.zones().names();
  }

  ObjectNode build() {
    zoneParameters();
    for (DesiredResource r : stack.resources().values()) {
      resource(r);
    }
    ObjectNode t = object();
    t.put("AWSTemplateFormatVersion", "2010-09-09");
    t.put("Description", "Tenkai stack " + stack.stack() + ": " + stack.resources().size()
        + " resources mapped from the topology by the Tenkai AWS provider's mapping");
    if (!stack.notes().isEmpty()) {
      ObjectNode meta = t.putObject("Metadata").putObject("Tenkai");
      meta.put("Stack", stack.stack());
      ArrayNode notes = meta.putArray("Notes");
      stack.notes().forEach(notes::add);
    }
    t.set("Parameters", parameters);
    if (!conditions.isEmpty()) {
      t.set("Conditions", conditions);
    }
    t.set("Resources", resources);
    t.set("Outputs", outputs);
    return t;
  }

  // ---- parameters ----

  private void zoneParameters() {
    for (Map.Entry<String, String> z : zoneDefaults.entrySet()) {
      ObjectNode p = parameters.putObject(zoneParameter(z.getKey()));
      p.put("Type", "AWS::EC2::AvailabilityZone::Name");
      p.put("Default", z.getValue());
      p.put("Description", "The availability zone realizing the topology's logical zone '" + z.getKey() + "'");
    }
  }

  static String zoneParameter(String logicalZone) {
    return "Zone" + LogicalIdScheme.plain(logicalZone);
  }

  public JsonNode zoneRef(String zoneName) {
    String logical = stack.zones().logical(zoneName)
        .orElseThrow(() -> new IllegalStateException("zone " + zoneName + " is not one of the mapped zones " + stack.zones()));
    return ref(zoneParameter(logical));
  }

  public String imageParameter(String role, String mappedImage) {
    return imageParameters.computeIfAbsent(role, r -> {
      String name = LogicalIdScheme.plain(r) + "ImageId";
      ObjectNode p = parameters.putObject(name);
      if (!mappedImage.equals(IMAGE_PLACEHOLDER)) {
        // The model itself names an AMI for this role: keep it as the default.
        p.put("Type", "AWS::EC2::Image::Id");
        p.put("Default", mappedImage);
      } else if (imageIds) {
        p.put("Type", "AWS::EC2::Image::Id");
      } else {
        p.put("Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>");
        p.put("Default", ssmPath.orElse(ExportOption.AL2023_SSM_PATH));
      }
      p.put("Description", "The image (AMI) of role '" + r + "'");
      return name;
    });
  }

  public JsonNode keyName() {
    if (!parameters.has(KEY_PAIR_PARAMETER)) {
      ObjectNode p = parameters.putObject(KEY_PAIR_PARAMETER);
      p.put("Type", "String");
      p.put("Default", "");
      p.put("Description", "An EC2 key pair given to every instance; empty for none");
      conditions.putObject(HAS_KEY_PAIR).set("Fn::Not", array().add(equalsEmpty(KEY_PAIR_PARAMETER)));
    }
    ObjectNode f = object();
    f.putArray("Fn::If").add(HAS_KEY_PAIR).add(ref(KEY_PAIR_PARAMETER)).add(ref("AWS::NoValue"));
    return f;
  }

  public void existingZoneParameter() {
    if (!parameters.has(EXISTING_ZONE_PARAMETER)) {
      ObjectNode p = parameters.putObject(EXISTING_ZONE_PARAMETER);
      p.put("Type", "String");
      p.put("Default", "");
      p.put("Description", "An existing Route 53 hosted zone id to put the records into; empty to create the zone");
      conditions.set(CREATE_HOSTED_ZONE, equalsEmpty(EXISTING_ZONE_PARAMETER));
    }
  }

  private static ObjectNode equalsEmpty(String parameter) {
    ObjectNode eq = object();
    eq.putArray("Fn::Equals").add(ref(parameter)).add("");
    return eq;
  }

  // ---- resources ----

  private void resource(DesiredResource r) {
    String id = ids.of(r.logicalId());
    pending.clear();
    ObjectNode main = kinds.of(r.kind()).cloudFormation(r, this).orElse(null);
    Map<String, ObjectNode> group = new LinkedHashMap<>(pending);
    if (main != null) {
      resources.set(id, main);
    }
    group.forEach(resources::set);
    // A dependency no property refers to still orders creation: say it with DependsOn. An
    // internet gateway is usable once attached, so dependants wait for the attachment.
    Set<String> referenced = new LinkedHashSet<>();
    if (main != null) {
      references(main, referenced);
    }
    group.values().forEach(n -> references(n, referenced));
    Set<String> extra = new LinkedHashSet<>();
    for (String dep : r.dependencies()) {
      String depId = dep.equals("internet-gateway") ? ATTACHMENT : ids.of(dep);
      if (!referenced.contains(depId)) {
        extra.add(depId);
      }
    }
    if (main != null && !extra.isEmpty()) {
      ArrayNode dependsOn = main.has("DependsOn") ? (ArrayNode) main.get("DependsOn") : main.putArray("DependsOn");
      extra.forEach(dependsOn::add);
    }
  }
















  /**
   * The engine version as a parameter defaulting to the model's: the model often names a major
   * version ("8.4"), which RDS completes with its default minor version, while linters only know
   * full versions; a deployer may pin one here.
   */
  public String engineVersionParameter(DesiredResource r) {
    String name = ids.of(r.logicalId()) + "EngineVersion";
    ObjectNode p = parameters.putObject(name);
    p.put("Type", "String");
    p.put("Default", r.property("engineVersion"));
    p.put("Description", "The " + r.property("engine") + " version of " + r.logicalId()
        + " (the model's; a major version lets RDS choose its default minor version)");
    return name;
  }


  public ArrayNode zoneRefs(String zoneNames) {
    ArrayNode a = array();
    TopologyMapping.items(zoneNames).forEach(z -> a.add(zoneRef(z)));
    return a;
  }





  // ---- what a kind's rendering uses ----

  /** A new JSON object. */
  public static ObjectNode object() {
    return CloudFormationTemplate.object();
  }

  /** The template's parameters, to which a kind adds what a deployer chooses (a certificate ARN). */
  public ObjectNode parameters() {
    return parameters;
  }

  /** The stack being written. */
  public DesiredStack stack() {
    return stack;
  }

  /** The template's logical id of Tenkai resource {@code tenkaiId}. */
  public String id(String tenkaiId) {
    return ids.of(tenkaiId);
  }

  /** Adds a resource the provider makes in the same call as the kind's main one (an attachment, a route). */
  public void add(String logicalId, ObjectNode resource) {
    pending.put(logicalId, resource);
  }

  /** The template's outputs, to which a kind adds what a reader needs (an entry point's name). */
  public ObjectNode outputs() {
    return outputs;
  }

  // ---- fragments ----

  public static ObjectNode typed(String type) {
    ObjectNode res = object();
    res.put("Type", type);
    res.putObject("Properties");
    return res;
  }

  public static ObjectNode props(ObjectNode resource) {
    return (ObjectNode) resource.get("Properties");
  }

  /** Exactly the provider's ownership tags, so the provider recognizes what the stack created. */
  public void tags(ObjectNode properties, DesiredResource r) {
    ArrayNode tags = properties.putArray("Tags");
    tag(tags, StackTags.STACK, stack.stack());
    tag(tags, StackTags.LOGICAL_ID, r.logicalId());
  }

  /** Adds one tag to {@code tags}. */
  public static void tag(ArrayNode tags, String key, String value) {
    ObjectNode t = tags.addObject();
    t.put("Key", key);
    t.put("Value", value);
  }

  public static ObjectNode ref(String logicalId) {
    ObjectNode r = object();
    r.put("Ref", logicalId);
    return r;
  }

  public ObjectNode refTo(String tenkaiId) {
    return ref(ids.of(tenkaiId));
  }

  public ArrayNode refs(String tenkaiIds) {
    ArrayNode a = array();
    TopologyMapping.items(tenkaiIds).forEach(i -> a.add(refTo(i)));
    return a;
  }

  public static ObjectNode getAtt(String logicalId, String attribute) {
    ObjectNode g = object();
    g.putArray("Fn::GetAtt").add(logicalId).add(attribute);
    return g;
  }

  /** Every logical id {@code node} refers to with Ref or Fn::GetAtt. */
  static void references(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (f.getKey().equals("Ref") && f.getValue().isTextual()) {
          into.add(f.getValue().asText());
        } else if (f.getKey().equals("Fn::GetAtt") && f.getValue().isArray()) {
          into.add(f.getValue().get(0).asText());
        } else {
          references(f.getValue(), into);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> references(n, into));
    }
  }

  /** One rule of the mapping's text form, {@code tcp:80-80<-security-group/web-lb}. */
  public record IngressRule(String protocol, int fromPort, int toPort, String source) {
    /** Parses {@code text}. */
    public static IngressRule parse(String text) {
      int colon = text.indexOf(':');
      int arrow = text.indexOf("<-");
      if (colon < 0 || arrow < colon) {
        throw new IllegalStateException("ingress rule '" + text + "' is not protocol:from-to<-source");
      }
      String proto = text.substring(0, colon);
      String[] ports = text.substring(colon + 1, arrow).split("-");
      String source = text.substring(arrow + 2);
      return new IngressRule(proto.equals("all") ? "-1" : proto, Integer.parseInt(ports[0]), Integer.parseInt(ports[1]), source);
    }
  }
}
