package dev.tenkai.aws.plan;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of one resource kind: every property the mapping sets, with how it changes
 * ({@link PropertySpec}), and the properties used at creation only, each with the reason it cannot
 * be compared afterwards. The planner compares exactly the declared properties, so a property
 * the mapping sets but the kind does not read back is a diff on every plan, not a blind spot.
 */
public final class KindSchema {
  private final ImmutableMap<String, PropertySpec> properties;
  private final ImmutableMap<String, String> createOnly;

  private KindSchema(Map<String, PropertySpec> properties, Map<String, String> createOnly) {
    this.properties = ImmutableMap.copyOf(properties);
    this.createOnly = ImmutableMap.copyOf(createOnly);
  }

  /** A builder of a schema. */
  public static Builder builder() {
    return new Builder();
  }

  /** The compared properties, by name. */
  public ImmutableMap<String, PropertySpec> properties() {
    return properties;
  }

  /** The spec of {@code name}, if compared. */
  public Optional<PropertySpec> spec(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The properties used at creation only, each with why it is not compared. */
  public ImmutableMap<String, String> createOnly() {
    return createOnly;
  }

  /** Every property name the schema declares, compared or not. */
  public ImmutableSet<String> declared() {
    return ImmutableSet.<String>builder().addAll(properties.keySet()).addAll(createOnly.keySet()).build();
  }

  /** Builds a {@link KindSchema}, property by property. */
  public static final class Builder {
    private final Map<String, PropertySpec> properties = new LinkedHashMap<>();
    private final Map<String, String> createOnly = new LinkedHashMap<>();

    private Builder() {}

    /** Declares {@code names}, each changing with {@code behaviour}. */
    public Builder with(UpdateBehaviour behaviour, String... names) {
      for (String n : names) {
        with(n, PropertySpec.of(behaviour));
      }
      return this;
    }

    /** Declares {@code name} with {@code spec}. */
    public Builder with(String name, PropertySpec spec) {
      if (properties.put(name, spec) != null || createOnly.containsKey(name)) {
        throw new IllegalArgumentException("property '" + name + "' declared twice");
      }
      return this;
    }

    /** Declares {@code name} as used at creation only, {@code because} it cannot be read back or compared. */
    public Builder createOnly(String name, String because) {
      if (createOnly.put(name, because) != null || properties.containsKey(name)) {
        throw new IllegalArgumentException("property '" + name + "' declared twice");
      }
      return this;
    }

    /** Declares {@code names} as replaced when they change. */
    public Builder replacing(String... names) {
      return with(UpdateBehaviour.REPLACE, names);
    }

    /** Declares {@code names} as changing in place. */
    public Builder inPlace(String... names) {
      return with(UpdateBehaviour.IN_PLACE, names);
    }

    /** The schema. */
    public KindSchema build() {
      return new KindSchema(properties, createOnly);
    }
  }
}
