package dev.tenkai.aws.cloudformation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Optional;

/**
 * A choice for {@link CloudFormationTemplate#of}: the defaults of the template's parameters. The
 * template never fixes these values; a deployer may override every one of them.
 */
public final class ExportOption {
  /** Where current Amazon Linux 2023 images are published, the default image parameter's path. */
  public static final String AL2023_SSM_PATH = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  private final Optional<Map.Entry<String, String>> zoneName;
  private final Optional<String> ssmPath;
  private final boolean imageIds;

  private ExportOption(Optional<Map.Entry<String, String>> zoneName, Optional<String> ssmPath, boolean imageIds) {
    this.zoneName = zoneName;
    this.ssmPath = ssmPath;
    this.imageIds = imageIds;
  }

  /**
   * The default zone name of logical zone {@code logical} (otherwise the region followed by the
   * logical name, as the provider maps it).
   */
  public static ExportOption zoneName(String logical, String zoneName) {
    checkArgument(!logical.isBlank() && !zoneName.isBlank(), "a zone mapping needs a logical zone and a zone name, got '%s' -> '%s'", logical, zoneName);
    return new ExportOption(Optional.of(Map.entry(logical, zoneName)), Optional.empty(), false);
  }

  /**
   * Image parameters read an SSM public parameter at {@code path} by default (type {@code
   * AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>}); the default is {@link #AL2023_SSM_PATH}.
   */
  public static ExportOption imageSsmPath(String path) {
    checkArgument(path.startsWith("/"), "an SSM parameter path starts with '/', got '%s'", path);
    return new ExportOption(Optional.empty(), Optional.of(path), false);
  }

  /**
   * Image parameters take AMI ids outright (type {@code AWS::EC2::Image::Id}, no default): for
   * pinned images, or an emulator without SSM's public parameters.
   */
  public static ExportOption imageIdParameters() {
    return new ExportOption(Optional.empty(), Optional.empty(), true);
  }

  Optional<Map.Entry<String, String>> zoneNameMapping() {
    return zoneName;
  }

  Optional<String> ssmPath() {
    return ssmPath;
  }

  boolean imageIds() {
    return imageIds;
  }
}
