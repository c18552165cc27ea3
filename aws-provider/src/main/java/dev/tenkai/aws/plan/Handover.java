package dev.tenkai.aws.plan;

import java.util.List;

/**
 * A single instance whose old copy is terminated only after its replacement runs and what
 * refers to it has switched.
 *
 * @param logicalId the instance (or, for a superseded duplicate, its {@code ~} id)
 * @param role "bastion", "NAT instance" or "server"
 * @param switched the resources that switch to the new instance in place (Elastic IP, routes)
 * @param superseded whether this is a duplicate left by a replacement stopped half-way
 */
public record Handover(String logicalId, String role, List<String> switched, boolean superseded) {
  /** Copies the list. */
  public Handover {
    switched = List.copyOf(switched);
  }

  /** What happens and, for a NAT instance, how long its zones' private subnets lose egress. */
  public String describe() {
    if (superseded) {
      return "a " + role + " left by a replacement stopped half-way; terminated after everything else";
    }
    String base = "the new " + role + " runs before " + (switched.isEmpty() ? "the old one" : String.join(", ", switched) + " switch to it, then the old one")
        + " is terminated";
    if (role.equals("NAT instance")) {
      return base + "; egress gap: only while the Elastic IP and the default routes switch (a few API calls, seconds),"
          + " and connections open through the old NAT are cut";
    }
    return role.equals("bastion") ? base + "; SSH sessions through the old bastion are cut when it goes" : base;
  }
}
