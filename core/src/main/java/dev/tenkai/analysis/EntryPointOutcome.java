package dev.tenkai.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a failure does to one entry point (a DNS name): its status and, when it is not served, the
 * chain that broke, e.g. {@code www.example.jp -> web-lb -> web} and the reason {@code no server
 * left in surviving zones}.
 *
 * @param name the DNS name
 * @param status served, degraded or unavailable
 * @param brokenChain the resources from the DNS name to the link that broke; empty when served
 * @param reason why the last link of the chain broke; empty when served
 * @param notes what degrades the service while it is still answered (failing sticky sessions, a
 *     database failover, capacity below the declared need ...)
 */
public record EntryPointOutcome(
    String name, ServiceStatus status, List<String> brokenChain, String reason, List<String> notes) {
  /** Copies the lists, so the outcome is immutable. */
  public EntryPointOutcome {
    brokenChain = ImmutableList.copyOf(brokenChain);
    notes = ImmutableList.copyOf(notes);
  }

  /** Whether the entry point still answers (served or degraded). */
  public boolean served() {
    return status.served();
  }

  /**
   * The explanation a person reads: {@code "www.example.jp -> web-lb -> web: no server left in
   * surviving zones"} when unavailable, the notes otherwise.
   */
  public String explanation() {
    if (!served()) {
      return String.join(" -> ", brokenChain) + ": " + reason;
    }
    return String.join("; ", notes);
  }
}
