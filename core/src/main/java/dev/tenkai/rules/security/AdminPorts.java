package dev.tenkai.rules.security;

import dev.tenkai.model.Cidr;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** The administration ports (SSH, RDP) and where firewall rules let traffic come from. */
final class AdminPorts {
  /** SSH and RDP. */
  static final List<Integer> PORTS = List.of(22, 3389);

  private AdminPorts() {}

  /** The administration ports {@code rule} admits. */
  static List<Integer> admittedBy(FirewallRule rule) {
    List<Integer> out = new ArrayList<>();
    if (rule.protocol() == IpProtocol.TCP || rule.protocol() == IpProtocol.ALL) {
      for (int port : PORTS) {
        if (rule.admitsPort(port)) {
          out.add(port);
        }
      }
    }
    return out;
  }

  /** Whether {@code cidr} is the whole address space, IPv4 or IPv6. */
  static boolean isAnywhere(String cidr) {
    return Cidr.parse(cidr, "cidr").isAnywhere();
  }

  /** Whether {@code rule} comes from addresses outside the topology's network. */
  static boolean fromOutside(Topology t, FirewallRule rule) {
    if (rule.fromCidr().isEmpty()) {
      return false;
    }
    Cidr network = Cidr.parse(t.network().cidr(), "network.cidr");
    return !network.contains(Cidr.parse(rule.fromCidr().get(), "fromCidr"));
  }

  /** "port 22" or "ports [22, 3389]". */
  static String describe(List<Integer> ports) {
    return ports.size() == 1 ? "port " + ports.get(0) : "ports " + ports;
  }
}
