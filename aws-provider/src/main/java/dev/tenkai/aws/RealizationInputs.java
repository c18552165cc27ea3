package dev.tenkai.aws;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the mapping from a topology to AWS resources needs beyond the topology: image ids per role,
 * the key pair, certificate ARNs for the model's certificate references, an existing hosted zone,
 * and zone-name overrides. Nothing here says how to call AWS.
 */
@Value.Immutable
@OptionsStyle
public abstract class RealizationInputs {
  /** The role name whose image is used when a role has none of its own. */
  public static final String DEFAULT_ROLE = "*";

  /** Image (AMI) ids per role; {@link #DEFAULT_ROLE} for every role without its own. */
  public abstract Map<String, String> images();

  /** Certificate ARNs by the model's certificate reference. */
  public abstract Map<String, String> certificates();

  /** The EC2 key pair name given to instances, if any. */
  public abstract Optional<String> keyPair();

  /** An existing Route 53 hosted zone to put records into, instead of creating one. */
  public abstract Optional<String> existingHostedZoneId();

  /** Logical zone to zone name, overriding the default (region + letter). */
  public abstract Map<String, String> zoneNames();

  /**
   * The image for {@code role}: the model's own reference when it is an AMI id, else the image
   * for the role, else the default one.
   *
   * @throws IllegalArgumentException when none is known, naming the role
   */
  public String imageFor(String role, Optional<String> modelReference) {
    if (modelReference.isPresent() && modelReference.get().startsWith("ami-")) {
      return modelReference.get();
    }
    String image = images().getOrDefault(role, images().get(DEFAULT_ROLE));
    checkArgument(
        image != null,
        "no image id for role '%s' (model reference %s): set AwsOptions.image(\"%s\", \"ami-...\") or a default with role \"%s\"",
        role,
        modelReference.orElse("none"),
        role,
        DEFAULT_ROLE);
    return image;
  }

  /** The certificate ARN for the model's {@code reference}: the mapped one, else the reference itself. */
  public String certificateFor(String reference) {
    return certificates().getOrDefault(reference, reference);
  }

  @Value.Check
  void check() {
    images().forEach((role, id) ->
        checkArgument(id.startsWith("ami-"), "image for role '%s' must be an AMI id, got '%s'", role, id));
    certificates().forEach((reference, arn) ->
        checkArgument(arn.startsWith("arn:"), "certificate for '%s' must be an ARN, got '%s'", reference, arn));
  }

  /** A new builder: no images, certificates, key pair, hosted zone or zone overrides. */
  public static ImmutableRealizationInputs.Builder builder() {
    return ImmutableRealizationInputs.builder();
  }
}
