package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A reference to a secret, never the secret itself: either "let the provider generate and keep
 * it" or the name of an entry in a secret store. Its text is safe to print.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretRef.class)
@JsonDeserialize(as = ImmutableSecretRef.class)
public abstract class SecretRef {
  /** Who holds the secret. */
  public enum Source {
    /** The provider generates and rotates it (e.g. RDS ManageMasterUserPassword). */
    PROVIDER_MANAGED,
    /** An entry in a secret store, named by {@link #name()}. */
    SECRET_STORE
  }

  /** Who holds the secret. */
  public abstract Source source();

  /** The secret store entry's name or ARN; empty for a provider-managed secret. */
  @Value.Default
  public String name() {
    return "";
  }

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        source() == Source.PROVIDER_MANAGED || !name().isBlank(),
        "masterSecret.name",
        "a secret-store reference needs the entry's name");
  }

  /** The provider generates and keeps the secret. */
  public static SecretRef providerManaged() {
    return ImmutableSecretRef.builder().source(Source.PROVIDER_MANAGED).build();
  }

  /** The secret lives in a secret store under {@code name}. */
  public static SecretRef inSecretStore(String name) {
    return ImmutableSecretRef.builder().source(Source.SECRET_STORE).name(name).build();
  }
}
