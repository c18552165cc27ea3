package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What the account allows, as far as the model cares. */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountLimits.class)
@JsonDeserialize(as = ImmutableAccountLimits.class)
public abstract class AccountLimits {
  /** Elastic IPs the account may hold in the region (AWS's default quota is 5). */
  @Value.Default
  public int elasticIpQuota() {
    return 5;
  }

  @Value.Check
  protected void check() {
    InvalidTopologyException.check(
        elasticIpQuota() >= 0, "account.elasticIpQuota", "must not be negative, got %s", elasticIpQuota());
  }

  /** The defaults. */
  public static AccountLimits defaults() {
    return ImmutableAccountLimits.builder().build();
  }
}
