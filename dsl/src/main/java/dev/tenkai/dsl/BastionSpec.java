package dev.tenkai.dsl;

import dev.tenkai.model.Bastion;
import dev.tenkai.model.ImmutableBastion;
import dev.tenkai.model.InvalidTopologyException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSH entry point. Unless told otherwise it is named {@code bastion}, lives in the first zone
 * and the first public tier and holds an Elastic IP. Its allowed source ranges are a property of
 * the bastion; the firewall rule that admits them is written in {@link Firewall}, in the open.
 *
 * <pre>{@code t.bastion(b -> b.in("a").instanceClass("t3.micro").allowSshFrom("203.0.113.0/24"))}</pre>
 */
public final class BastionSpec {
  private String name;
  private String zone;
  private String tier;
  private String instanceClass;
  private String image;
  private final List<String> sources = new ArrayList<>();
  private Boolean elasticIp;

  BastionSpec() {}

  /**
   * Renames the bastion (default {@code bastion}).
   *
   * <pre>{@code b.named("jump")}</pre>
   */
  public BastionSpec named(String name) {
    this.name = name;
    return this;
  }

  /**
   * The zone it lives in.
   *
   * <pre>{@code b.in("a")}</pre>
   */
  public BastionSpec in(String zone) {
    this.zone = zone;
    return this;
  }

  /**
   * The public tier it lives in, when not the first public tier.
   *
   * <pre>{@code b.tier("edge")}</pre>
   */
  public BastionSpec tier(String tier) {
    this.tier = tier;
    return this;
  }

  /**
   * Its instance class (required).
   *
   * <pre>{@code b.instanceClass("t3.micro")}</pre>
   */
  public BastionSpec instanceClass(String instanceClass) {
    this.instanceClass = instanceClass;
    return this;
  }

  /**
   * The image it boots; without it the provider's options decide.
   *
   * <pre>{@code b.image("ami-0123456789abcdef0")}</pre>
   */
  public BastionSpec image(String image) {
    this.image = image;
    return this;
  }

  /**
   * The CIDR blocks allowed to reach it by SSH.
   *
   * <pre>{@code b.allowSshFrom("203.0.113.0/24", "198.51.100.7/32")}</pre>
   */
  public BastionSpec allowSshFrom(String... cidrs) {
    sources.addAll(List.of(cidrs));
    return this;
  }

  /**
   * Whether it holds an Elastic IP (model default: yes).
   *
   * <pre>{@code b.elasticIp(false)}</pre>
   */
  public BastionSpec elasticIp(boolean elasticIp) {
    this.elasticIp = elasticIp;
    return this;
  }

  Bastion build(Layout layout) {
    InvalidTopologyException.check(
        instanceClass != null,
        "bastion.instanceClass",
        "an instance class is required, e.g. instanceClass(\"t3.micro\")");
    ImmutableBastion.Builder b =
        Bastion.builder()
            .zone(zone != null ? zone : layout.firstZone())
            .tier(tier != null ? tier : layout.publicTier())
            .allowedSources(sources);
    if (name != null) {
      b.name(name);
    }
    if (instanceClass != null) {
      b.instanceClass(instanceClass);
    }
    if (image != null) {
      b.image(image);
    }
    if (elasticIp != null) {
      b.elasticIp(elasticIp);
    }
    return b.build();
  }
}
