package dev.tenkai.model;

import static dev.tenkai.model.InvalidTopologyException.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structural invariants of a {@link Topology}: what makes a model impossible rather than
 * unwise. Each failure names the place (a path into the model) and the value.
 */
final class TopologyChecks {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final Pattern ZONE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final Pattern DNS_NAME =
      Pattern.compile("(?i)([a-z0-9*_]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.?");
  private static final int MAX_COUNT = 1_000_000;

  private TopologyChecks() {}

  static void verify(Topology t) {
    checkName(t.name(), "name");
    check(!t.region().isBlank(), "region", "must not be blank");
    checkZones(t);
    Set<String> zones = new HashSet<>(t.zones());
    checkNetwork(t, zones);
    checkUniqueNames(t);
    checkNats(t, zones);
    t.bastion().ifPresent(b -> checkBastion(t, b, zones));
    for (ServerGroup g : t.serverGroups()) {
      checkServerGroup(t, g, zones);
    }
    for (LoadBalancer lb : t.loadBalancers()) {
      checkLoadBalancer(t, lb, zones);
    }
    for (Database db : t.databases()) {
      checkDatabase(t, db, zones);
    }
    for (Cache c : t.caches()) {
      checkCache(t, c, zones);
    }
    checkDns(t);
    checkFirewall(t);
  }

  private static void checkName(String name, String path) {
    check(
        name != null && NAME.matcher(name).matches(),
        path,
        "'%s' is not a valid name (lower-case letters, digits and '-', starting with a letter, at most 63)",
        name);
  }

  private static void checkZones(Topology t) {
    check(!t.zones().isEmpty(), "zones", "at least one zone is required");
    Set<String> seen = new HashSet<>();
    for (String z : t.zones()) {
      check(ZONE.matcher(z).matches(), "zones", "'%s' is not a valid zone name", z);
      check(seen.add(z), "zones", "zone '%s' is listed twice", z);
    }
  }

  private static void checkZone(String zone, Set<String> zones, String path) {
    check(zones.contains(zone), path, "unknown zone '%s' (the topology's zones are %s)", zone, sorted(zones));
  }

  private static Map<String, Cidr> checkNetwork(Topology t, Set<String> zones) {
    Network n = t.network();
    Cidr network = Cidr.parse(n.cidr(), "network.cidr");
    Map<String, Cidr> all = new HashMap<>();
    Set<String> tierNames = new HashSet<>();
    for (Tier tier : n.tiers()) {
      String tp = "network.tiers[" + tier.name() + "]";
      checkName(tier.name(), tp + ".name");
      check(tierNames.add(tier.name()), tp, "tier '%s' is defined twice", tier.name());
      check(!tier.subnets().isEmpty(), tp + ".subnets", "a tier needs at least one subnet");
      Set<String> tierZones = new HashSet<>();
      for (Subnet s : tier.subnets()) {
        String sp = tp + ".subnets[" + s.zone() + "]";
        checkZone(s.zone(), zones, sp + ".zone");
        check(tierZones.add(s.zone()), sp, "tier '%s' has two subnets in zone '%s'", tier.name(), s.zone());
        Cidr c = Cidr.parse(s.cidr(), sp + ".cidr");
        check(
            network.contains(c),
            sp + ".cidr",
            "subnet %s is outside the network %s",
            s.cidr(),
            n.cidr());
        for (Map.Entry<String, Cidr> other : all.entrySet()) {
          check(
              !c.overlaps(other.getValue()),
              sp + ".cidr",
              "subnet %s overlaps %s (%s)",
              s.cidr(),
              other.getValue(),
              other.getKey());
        }
        all.put(sp, c);
      }
    }
    return all;
  }

  private static void checkUniqueNames(Topology t) {
    Map<String, String> seen = new HashMap<>();
    List<String[]> named = new ArrayList<>();
    t.egress().nats().forEach(x -> named.add(new String[] {x.name(), "egress.nats[" + x.name() + "]"}));
    t.bastion().ifPresent(b -> named.add(new String[] {b.name(), "bastion"}));
    t.loadBalancers().forEach(x -> named.add(new String[] {x.name(), "loadBalancers[" + x.name() + "]"}));
    t.serverGroups().forEach(x -> named.add(new String[] {x.name(), "serverGroups[" + x.name() + "]"}));
    t.databases().forEach(x -> named.add(new String[] {x.name(), "databases[" + x.name() + "]"}));
    t.caches().forEach(x -> named.add(new String[] {x.name(), "caches[" + x.name() + "]"}));
    for (String[] n : named) {
      checkName(n[0], n[1] + ".name");
      String before = seen.putIfAbsent(n[0], n[1]);
      check(before == null, n[1], "duplicate name '%s' (also used by %s)", n[0], before);
    }
  }

  /** The resource's tier must exist and have a subnet in every zone the resource uses. */
  private static void checkPlacement(Topology t, String tierName, String zone, String path) {
    Tier tier =
        t.tier(tierName)
            .orElseThrow(
                () ->
                    new InvalidTopologyException(
                        path + ".tier", "unknown tier '" + tierName + "'"));
    check(
        tier.subnetIn(zone).isPresent(),
        path,
        "tier '%s' has no subnet in zone '%s'",
        tierName,
        zone);
  }

  private static void checkNats(Topology t, Set<String> zones) {
    Map<String, String> servedBy = new HashMap<>();
    for (Nat nat : t.egress().nats()) {
      String p = "egress.nats[" + nat.name() + "]";
      checkZone(nat.zone(), zones, p + ".zone");
      checkPlacement(t, nat.tier(), nat.zone(), p);
      check(!nat.servesZones().isEmpty(), p + ".servesZones", "a NAT must serve at least one zone");
      for (String z : nat.servesZones()) {
        checkZone(z, zones, p + ".servesZones");
        String other = servedBy.putIfAbsent(z, nat.name());
        check(other == null, p + ".servesZones", "zone '%s' is already served by NAT '%s'", z, other);
      }
      check(
          nat.kind() != NatKind.INSTANCE || nat.instanceClass().isPresent(),
          p + ".instanceClass",
          "a NAT instance needs an instance class");
      check(
          nat.kind() != NatKind.GATEWAY || nat.instanceClass().isEmpty(),
          p + ".instanceClass",
          "a managed NAT gateway has no instance class, got '%s'",
          nat.instanceClass().orElse(""));
    }
  }

  private static void checkBastion(Topology t, Bastion b, Set<String> zones) {
    checkZone(b.zone(), zones, "bastion.zone");
    checkPlacement(t, b.tier(), b.zone(), "bastion");
    check(!b.instanceClass().isBlank(), "bastion.instanceClass", "must not be blank");
    for (int i = 0; i < b.allowedSources().size(); i++) {
      Cidr.parse(b.allowedSources().get(i), "bastion.allowedSources[" + i + "]");
    }
  }

  private static void checkCounts(Map<String, Integer> perZone, Set<String> zones, String path) {
    long total = 0;
    for (Map.Entry<String, Integer> e : perZone.entrySet()) {
      String p = path + "[" + e.getKey() + "]";
      checkZone(e.getKey(), zones, p);
      check(
          e.getValue() >= 0 && e.getValue() <= MAX_COUNT,
          p,
          "count must be between 0 and %s, got %s",
          MAX_COUNT,
          e.getValue());
      total += e.getValue();
    }
    check(total >= 1, path, "at least one node is required, got %s", perZone);
  }

  private static void checkServerGroup(Topology t, ServerGroup g, Set<String> zones) {
    String p = "serverGroups[" + g.name() + "]";
    checkCounts(g.countPerZone(), zones, p + ".countPerZone");
    g.countPerZone().forEach((z, n) -> {
      if (n > 0) {
        checkPlacement(t, g.tier(), z, p);
      }
    });
    check(!g.instanceClass().isBlank(), p + ".instanceClass", "must not be blank");
    checkPort(g.port(), p + ".port");
    checkNotNegative(g.bootTime(), p + ".bootTime");
    check(
        g.minimumInService() >= 0,
        p + ".minimumInService",
        "must not be negative, got %s",
        g.minimumInService());
  }

  private static void checkLoadBalancer(Topology t, LoadBalancer lb, Set<String> zones) {
    String p = "loadBalancers[" + lb.name() + "]";
    check(!lb.zones().isEmpty(), p + ".zones", "a load balancer must serve at least one zone");
    Set<String> seenZones = new HashSet<>();
    for (String z : lb.zones()) {
      checkZone(z, zones, p + ".zones");
      check(seenZones.add(z), p + ".zones", "zone '%s' is listed twice", z);
      checkPlacement(t, lb.tier(), z, p);
    }
    check(!lb.listeners().isEmpty(), p + ".listeners", "a load balancer needs at least one listener");
    Set<Integer> ports = new HashSet<>();
    for (Listener l : lb.listeners()) {
      checkPort(l.port(), p + ".listeners[" + l.port() + "]");
      check(ports.add(l.port()), p + ".listeners[" + l.port() + "]", "port %s is used by two listeners", l.port());
    }
    for (String b : lb.backends()) {
      check(
          t.serverGroup(b).isPresent(),
          p + ".backends",
          "unknown server group '%s'",
          b);
    }
    HealthCheck hc = lb.healthCheck();
    String hp = p + ".healthCheck";
    check(hc.path().startsWith("/"), hp + ".path", "must start with '/', got '%s'", hc.path());
    checkPositive(hc.interval(), hp + ".interval");
    checkPositive(hc.timeout(), hp + ".timeout");
    checkNotNegative(hc.gracePeriod(), hp + ".gracePeriod");
    check(hc.healthyThreshold() >= 1, hp + ".healthyThreshold", "must be at least 1, got %s", hc.healthyThreshold());
    check(
        hc.unhealthyThreshold() >= 1,
        hp + ".unhealthyThreshold",
        "must be at least 1, got %s",
        hc.unhealthyThreshold());
    checkPositive(lb.stickiness().duration(), p + ".stickiness.duration");
    checkNotNegative(lb.deregistrationDelay(), p + ".deregistrationDelay");
  }

  private static void checkDatabase(Topology t, Database db, Set<String> zones) {
    String p = "databases[" + db.name() + "]";
    checkZone(db.primaryZone(), zones, p + ".primaryZone");
    checkPlacement(t, db.tier(), db.primaryZone(), p);
    db.standbyZone()
        .ifPresent(
            s -> {
              checkZone(s, zones, p + ".standbyZone");
              check(
                  !s.equals(db.primaryZone()),
                  p + ".standbyZone",
                  "the standby must be in another zone than the primary ('%s')",
                  s);
              checkPlacement(t, db.tier(), s, p);
            });
    check(!db.version().isBlank(), p + ".version", "must not be blank");
    check(!db.instanceClass().isBlank(), p + ".instanceClass", "must not be blank");
    check(db.storageGib() >= 1, p + ".storageGib", "must be at least 1, got %s", db.storageGib());
    checkPort(db.port(), p + ".port");
  }

  private static void checkCache(Topology t, Cache c, Set<String> zones) {
    String p = "caches[" + c.name() + "]";
    checkCounts(c.nodesPerZone(), zones, p + ".nodesPerZone");
    c.nodesPerZone().forEach((z, n) -> {
      if (n > 0) {
        checkPlacement(t, c.tier(), z, p);
      }
    });
    check(!c.instanceClass().isBlank(), p + ".instanceClass", "must not be blank");
    checkNotNegative(c.longestExpiry(), p + ".longestExpiry");
    checkPort(c.port(), p + ".port");
  }

  private static void checkDns(Topology t) {
    Set<String> zoneNames = new HashSet<>();
    for (DnsZone z : t.dnsZones()) {
      String p = "dnsZones[" + z.name() + "]";
      check(DNS_NAME.matcher(z.name()).matches(), p + ".name", "'%s' is not a DNS name", z.name());
      check(zoneNames.add(DnsZone.normalize(z.name())), p, "DNS zone '%s' is defined twice", z.name());
      for (DnsRecord r : z.records()) {
        String rp = p + ".records[" + r.name() + " " + r.type() + "]";
        check(DNS_NAME.matcher(r.name()).matches(), rp + ".name", "'%s' is not a DNS name", r.name());
        check(z.contains(r.name()), rp + ".name", "'%s' is not inside zone '%s'", r.name(), z.name());
        check(
            r.values().isEmpty() != r.target().isEmpty(),
            rp,
            "a record has either literal values or a target resource, got values %s and target '%s'",
            r.values(),
            r.target().orElse(""));
        r.target()
            .ifPresent(
                target ->
                    check(
                        t.resources().containsKey(target),
                        rp + ".target",
                        "unknown resource '%s'",
                        target));
        if (r.alias()) {
          check(r.target().isPresent(), rp + ".target", "an alias record needs a target resource");
          check(
              r.type() == RecordType.A || r.type() == RecordType.AAAA,
              rp + ".type",
              "an alias record is of type A or AAAA, got %s",
              r.type());
        }
        r.ttl().ifPresent(ttl -> checkNotNegative(ttl, rp + ".ttl"));
      }
    }
  }

  private static void checkFirewall(Topology t) {
    for (int i = 0; i < t.firewallRules().size(); i++) {
      FirewallRule r = t.firewallRules().get(i);
      String p = "firewallRules[" + i + "]";
      check(t.resources().containsKey(r.to()), p + ".to", "unknown role '%s'", r.to());
      check(
          r.fromRole().isPresent() != r.fromCidr().isPresent(),
          p,
          "a rule comes from exactly one role or one CIDR block");
      r.fromRole()
          .ifPresent(
              from -> check(t.resources().containsKey(from), p + ".fromRole", "unknown role '%s'", from));
      r.fromCidr().ifPresent(c -> Cidr.parse(c, p + ".fromCidr"));
      if (r.protocol() == IpProtocol.TCP || r.protocol() == IpProtocol.UDP) {
        checkPort(r.fromPort(), p + ".fromPort");
        checkPort(r.toPort(), p + ".toPort");
        check(
            r.fromPort() <= r.toPort(),
            p,
            "port range %s-%s is reversed",
            r.fromPort(),
            r.toPort());
      }
    }
  }

  private static void checkPort(int port, String path) {
    check(port >= 1 && port <= 65535, path, "port must be between 1 and 65535, got %s", port);
  }

  private static void checkPositive(Duration d, String path) {
    check(!d.isNegative() && !d.isZero(), path, "must be positive, got %s", d);
  }

  private static void checkNotNegative(Duration d, String path) {
    check(!d.isNegative(), path, "must not be negative, got %s", d);
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }
}
