package dev.tenkai.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One allowed flow into a role (a security-group rule on AWS): from another role or from a CIDR
 * block, over a protocol and a port range. Everything not allowed is denied.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFirewallRule.class)
@JsonDeserialize(as = ImmutableFirewallRule.class)
public abstract class FirewallRule {
  /** The role that receives the traffic (a resource name: web, web-lb, db, bastion ...). */
  public abstract String to();

  /** The role the traffic comes from, when it comes from inside the model. */
  public abstract Optional<String> fromRole();

  /** The block the traffic comes from, when it comes from addresses. */
  public abstract Optional<String> fromCidr();

  /** The protocol. */
  @Value.Default
  public IpProtocol protocol() {
    return IpProtocol.TCP;
  }

  /** First port of the range. */
  public abstract int fromPort();

  /** Last port of the range. */
  public abstract int toPort();

  /** Why the flow exists, for people. */
  public abstract Optional<String> description();

  /** Whether the range includes {@code port}. */
  public boolean admitsPort(int port) {
    return protocol() == IpProtocol.ALL || (fromPort() <= port && port <= toPort());
  }

  /** "allow {@code from} to {@code to} on {@code port}". */
  public static FirewallRule allow(String from, String to, int port) {
    return ImmutableFirewallRule.builder().fromRole(from).to(to).fromPort(port).toPort(port).build();
  }

  /** "allow {@code cidr} to {@code to} on {@code port}". */
  public static FirewallRule allowCidr(String cidr, String to, int port) {
    return ImmutableFirewallRule.builder().fromCidr(cidr).to(to).fromPort(port).toPort(port).build();
  }

  /** The source, for messages: the role or the block. */
  public String source() {
    return fromRole().orElseGet(() -> fromCidr().orElse("?"));
  }

  /** A new builder. */
  public static ImmutableFirewallRule.Builder builder() {
    return ImmutableFirewallRule.builder();
  }
}
