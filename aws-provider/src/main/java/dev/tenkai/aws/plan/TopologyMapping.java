package dev.tenkai.aws.plan;

import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.RealizationInputs;
import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.rules.AwsNames;
import dev.tenkai.model.Bastion;
import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.DnsRecord;
import dev.tenkai.model.DnsZone;
import dev.tenkai.model.FirewallRule;
import dev.tenkai.model.HealthCheck;
import dev.tenkai.model.IpProtocol;
import dev.tenkai.model.Listener;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.LoadBalancerKind;
import dev.tenkai.model.Nat;
import dev.tenkai.model.NatKind;
import dev.tenkai.model.ResourceKind;
import dev.tenkai.model.RouteIntent;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Subnet;
import dev.tenkai.model.Tier;
import dev.tenkai.model.TierKind;
import dev.tenkai.model.Topology;
import dev.tenkai.model.WeeklyWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one mapping from a core {@link Topology} to the AWS resources that realize it. Pure: no
 * AWS call; the zone names come in a {@link ZoneMap}. Plans, apply and a CloudFormation exporter
 * all read the same {@link DesiredStack}.
 *
 * <p>A classic load balancer in the model is realized as an application load balancer (the
 * classic ELB API is not part of this provider); the stack's notes and the resource's
 * {@code realizes} property say so.
 */
public final class TopologyMapping {
  /** Separates the items of a list-valued property. */
  public static final String LIST_SEPARATOR = ",";

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final Topology t;
  private final ZoneMap zones;
  private final RealizationInputs inputs;
  private final List<DesiredResource> out = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private TopologyMapping(Topology t, ZoneMap zones, RealizationInputs inputs) {
    this.t = t;
    this.zones = zones;
    this.inputs = inputs;
  }

  /** The resources that realize {@code topology} in the options' region (else the topology's), zones mapped by {@code zones}. */
  public static DesiredStack map(Topology topology, ZoneMap zones, AwsOptions options) {
    return map(topology, options.connection().region().orElse(topology.region()), zones, options.realization());
  }

  /** The resources that realize {@code topology} in {@code region}, zones mapped by {@code zones}, with {@code inputs}. */
  public static DesiredStack map(Topology topology, String region, ZoneMap zones, RealizationInputs inputs) {
    TopologyMapping m = new TopologyMapping(topology, zones, inputs);
    m.network();
    m.securityGroups();
    m.egress();
    m.routes();
    m.bastion();
    m.servers();
    m.loadBalancers();
    m.databases();
    m.caches();
    m.dns();
    return new DesiredStack(topology.name(), region, zones, m.out, m.notes);
  }

  // ---- logical ids, shared with handlers and tests ----

  /** The logical id of the tier's subnet in {@code zone}. */
  public static String subnetId(String tier, String zone) {
    return "subnet/" + tier + "/" + zone;
  }

  /** The logical id of {@code role}'s security group. */
  public static String securityGroupId(String role) {
    return "security-group/" + role;
  }

  /** The logical id of server {@code n} (1-based) of {@code group} in {@code zone}. */
  public static String instanceId(String group, String zone, int n) {
    return "instance/" + group + "/" + zone + "/" + n;
  }

  /** The logical id of the load balancer {@code name}. */
  public static String loadBalancerId(String name) {
    return "load-balancer/" + name;
  }

  /** The logical id of load balancer {@code name}'s target group. */
  public static String targetGroupId(String name) {
    return "target-group/" + name;
  }

  /** Joins list items in a stable order. */
  public static String list(Iterable<String> items) {
    Set<String> sorted = new TreeSet<>();
    items.forEach(sorted::add);
    return String.join(LIST_SEPARATOR, sorted);
  }

  /** Splits a list-valued property. */
  public static List<String> items(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return List.of(value.split(LIST_SEPARATOR));
  }

  // ---- network ----

  private void network() {
    add(AwsKind.VPC, "vpc", Optional.empty())
        .put("cidr", t.network().cidr())
        .put("dnsHostnames", "true")
        .put("dnsSupport", "true")
        .done();
    for (Tier tier : t.network().tiers()) {
      for (Subnet s : tier.subnets()) {
        add(AwsKind.SUBNET, subnetId(tier.name(), s.zone()), Optional.of(s.zone()))
            .put("cidr", s.cidr())
            .put("availabilityZone", zones.name(s.zone()))
            .put("tier", tier.name())
            .ref("vpc", "vpc")
            .done();
      }
    }
    if (needsInternetGateway()) {
      add(AwsKind.INTERNET_GATEWAY, "internet-gateway", Optional.empty()).ref("vpc", "vpc").done();
    }
  }

  private boolean needsInternetGateway() {
    return t.network().tiers().stream().anyMatch(x -> x.route() == RouteIntent.INTERNET_GATEWAY || x.kind() == TierKind.PUBLIC);
  }

  // ---- security groups: one per role, rules apart so groups may reference each other ----

  private Set<String> roles() {
    Set<String> roles = new LinkedHashSet<>();
    t.resources().forEach((name, kind) -> {
      if (kind != ResourceKind.NAT || t.nat(name).orElseThrow().kind() == NatKind.INSTANCE) {
        roles.add(name);
      }
    });
    return roles;
  }

  private void securityGroups() {
    Set<String> roles = roles();
    for (String role : roles) {
      add(AwsKind.SECURITY_GROUP, securityGroupId(role), Optional.empty())
          .put("groupName", AwsNames.securityGroup(t, role))
          .put("description", "Tenkai " + t.name() + ": " + role)
          .ref("vpc", "vpc")
          .done();
    }
    Map<String, List<FirewallRule>> byTarget = new LinkedHashMap<>();
    for (FirewallRule r : t.firewallRules()) {
      byTarget.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<FirewallRule>> e : byTarget.entrySet()) {
      if (!roles.contains(e.getKey())) {
        notes.add("firewall rules into '" + e.getKey() + "' have no security group on AWS (a NAT gateway has none) and are not realized");
        continue;
      }
      Builder b = add(AwsKind.SECURITY_GROUP_INGRESS, "ingress/" + e.getKey(), Optional.empty())
          .ref("group", securityGroupId(e.getKey()));
      Set<String> rules = new TreeSet<>();
      for (FirewallRule r : e.getValue()) {
        String source;
        if (r.fromRole().isPresent()) {
          if (!roles.contains(r.fromRole().get())) {
            notes.add("rule from '" + r.fromRole().get() + "' to '" + r.to() + "' has no source group on AWS and is not realized");
            continue;
          }
          source = securityGroupId(r.fromRole().get());
          b.dependsOn(source);
        } else {
          source = r.fromCidr().orElseThrow();
        }
        rules.add(ingressRule(r, source));
      }
      b.put("rules", String.join(";", rules)).done();
    }
  }

  /** One rule as text: {@code tcp:80-80<-security-group/web-lb}. Never wider than the model. */
  static String ingressRule(FirewallRule r, String source) {
    String proto = r.protocol() == IpProtocol.ALL ? "all" : r.protocol().name().toLowerCase(Locale.ROOT);
    String ports = r.protocol() == IpProtocol.ALL ? "0-65535" : r.fromPort() + "-" + r.toPort();
    return proto + ":" + ports + "<-" + source;
  }

  // ---- egress and routes ----

  private void egress() {
    for (Nat nat : t.egress().nats()) {
      String subnet = subnetId(nat.tier(), nat.zone());
      if (nat.kind() == NatKind.GATEWAY) {
        add(AwsKind.ELASTIC_IP, "eip/" + nat.name(), Optional.of(nat.zone())).put("purpose", "nat-gateway " + nat.name()).done();
        Builder b = add(AwsKind.NAT_GATEWAY, "nat-gateway/" + nat.name(), Optional.of(nat.zone()))
            .ref("subnet", subnet)
            .ref("eip", "eip/" + nat.name());
        // AWS refuses a public NAT gateway in a VPC without an internet gateway.
        t.network().tiers().stream().filter(x -> x.kind() == TierKind.PUBLIC).findAny()
            .ifPresent(x -> b.dependsOn("internet-gateway"));
        b.done();
      } else {
        instance("instance/" + nat.name(), nat.name(), nat.zone(), subnet, nat.instanceClass().orElse("t3.micro"), Optional.empty())
            .put("sourceDestCheck", "false")
            .put("userData", natUserData(t.network().cidr()))
            .done();
        add(AwsKind.ELASTIC_IP, "eip/" + nat.name(), Optional.of(nat.zone()))
            .put("purpose", "nat-instance " + nat.name())
            .ref("instance", "instance/" + nat.name())
            .done();
      }
    }
  }

  /**
   * User data that makes a current Amazon Linux 2023 host a NAT: forwarding on, masquerading of
   * the VPC's block out of the default interface, kept across reboots.
   */
  static String natUserData(String vpcCidr) {
    return "#!/bin/bash\n"
        + "set -euo pipefail\n"
        + "echo 'net.ipv4.ip_forward = 1' > /etc/sysctl.d/90-tenkai-nat.conf\n"
        + "sysctl -p /etc/sysctl.d/90-tenkai-nat.conf\n"
        + "dnf install -y iptables-services\n"
        + "IF=$(ip route show default | awk '{print $5; exit}')\n"
        + "iptables -t nat -A POSTROUTING -o \"$IF\" -s " + vpcCidr + " -j MASQUERADE\n"
        + "iptables -F FORWARD\n"
        + "service iptables save\n"
        + "systemctl enable --now iptables\n";
  }

  private String natTarget(Nat nat) {
    return nat.kind() == NatKind.GATEWAY ? "nat-gateway/" + nat.name() : "instance/" + nat.name();
  }

  private void routes() {
    for (Tier tier : t.network().tiers()) {
      if (tier.route() == RouteIntent.NAT) {
        for (Subnet s : tier.subnets()) {
          Builder b = add(AwsKind.ROUTE_TABLE, "route-table/" + tier.name() + "/" + s.zone(), Optional.of(s.zone()))
              .ref("vpc", "vpc")
              .put("subnets", subnetId(tier.name(), s.zone()))
              .dependsOn(subnetId(tier.name(), s.zone()));
          Optional<Nat> nat = t.egress().natServing(s.zone());
          if (nat.isPresent()) {
            b.put("defaultRoute", natTarget(nat.get())).dependsOn(natTarget(nat.get()));
          } else {
            b.put("defaultRoute", "");
            notes.add("no NAT serves zone " + s.zone() + ": " + subnetId(tier.name(), s.zone()) + " has no default route");
          }
          b.done();
        }
      } else {
        Builder b = add(AwsKind.ROUTE_TABLE, "route-table/" + tier.name(), Optional.empty()).ref("vpc", "vpc");
        List<String> subnets = tier.subnets().stream().map(s -> subnetId(tier.name(), s.zone())).collect(Collectors.toList());
        subnets.forEach(b::dependsOn);
        b.put("subnets", list(subnets));
        if (tier.route() == RouteIntent.INTERNET_GATEWAY) {
          b.put("defaultRoute", "internet-gateway").dependsOn("internet-gateway");
        } else {
          b.put("defaultRoute", "");
        }
        b.done();
      }
    }
  }

  // ---- hosts ----

  private Builder instance(String logicalId, String role, String zone, String subnet, String type, Optional<String> image) {
    Builder b = add(AwsKind.INSTANCE, logicalId, Optional.of(zone))
        .put("role", role)
        .put("instanceType", type)
        .put("image", inputs.imageFor(role, image))
        .put("availabilityZone", zones.name(zone))
        .put("sourceDestCheck", "true")
        .ref("subnet", subnet)
        .ref("securityGroups", securityGroupId(role));
    inputs.keyPair().ifPresent(k -> b.put("keyPair", k));
    return b;
  }

  private void bastion() {
    if (t.bastion().isEmpty()) {
      return;
    }
    Bastion bastion = t.bastion().get();
    String id = "instance/" + bastion.name();
    instance(id, bastion.name(), bastion.zone(), subnetId(bastion.tier(), bastion.zone()), bastion.instanceClass(), bastion.image()).done();
    if (bastion.elasticIp()) {
      add(AwsKind.ELASTIC_IP, "eip/" + bastion.name(), Optional.of(bastion.zone()))
          .put("purpose", "bastion " + bastion.name())
          .ref("instance", id)
          .done();
    }
  }

  private void servers() {
    for (ServerGroup g : t.serverGroups()) {
      for (String zone : t.zones()) {
        for (int n = 1; n <= g.countIn(zone); n++) {
          String id = instanceId(g.name(), zone, n);
          instance(id, g.name(), zone, subnetId(g.tier(), zone), g.instanceClass(), g.image()).done();
          if (g.elasticIp()) {
            add(AwsKind.ELASTIC_IP, "eip/" + g.name() + "/" + zone + "/" + n, Optional.of(zone))
                .put("purpose", "server " + id)
                .ref("instance", id)
                .done();
          }
        }
      }
    }
  }

  // ---- load balancing ----

  private void loadBalancers() {
    for (LoadBalancer lb : t.loadBalancers()) {
      String lbId = loadBalancerId(lb.name());
      Builder b = add(AwsKind.LOAD_BALANCER, lbId, Optional.empty())
          .put("name", AwsNames.loadBalancer(t, lb))
          .put("scheme", lb.internetFacing() ? "internet-facing" : "internal")
          .put("realizes", lb.kind() == LoadBalancerKind.CLASSIC ? "classic load balancer, as an application load balancer" : "application load balancer")
          .refs("subnets", lb.zones().stream().map(z -> subnetId(lb.tier(), z)).collect(Collectors.toList()))
          .ref("securityGroups", securityGroupId(lb.name()));
      if (lb.internetFacing()) {
        b.dependsOn("internet-gateway");
      }
      b.done();
      if (lb.kind() == LoadBalancerKind.CLASSIC) {
        notes.add(lb.name() + " is modelled as a classic load balancer; it is realized as an application load balancer (the classic ELB API is not used)");
      }
      HealthCheck hc = lb.healthCheck();
      List<String> targets = new ArrayList<>();
      int port = 80;
      for (String backend : lb.backends()) {
        ServerGroup g = t.serverGroup(backend).orElseThrow();
        port = g.port();
        for (String zone : t.zones()) {
          for (int n = 1; n <= g.countIn(zone); n++) {
            targets.add(instanceId(g.name(), zone, n));
          }
        }
      }
      Builder tg = add(AwsKind.TARGET_GROUP, targetGroupId(lb.name()), Optional.empty())
          .put("name", AwsNames.targetGroup(t, lb))
          .put("protocol", "HTTP")
          .put("port", Integer.toString(port))
          .ref("vpc", "vpc")
          .put("healthCheckPath", hc.path())
          .put("healthCheckIntervalSeconds", seconds(hc.interval()))
          .put("healthCheckTimeoutSeconds", seconds(hc.timeout()))
          .put("healthyThreshold", Integer.toString(hc.healthyThreshold()))
          .put("unhealthyThreshold", Integer.toString(hc.unhealthyThreshold()))
          .put("stickiness", Boolean.toString(lb.stickiness().enabled()))
          .put("stickinessSeconds", seconds(lb.stickiness().duration()))
          .put("deregistrationDelaySeconds", seconds(lb.deregistrationDelay()))
          .put("targets", list(targets));
      targets.forEach(tg::dependsOn);
      tg.done();
      for (Listener l : lb.listeners()) {
        Builder lb2 = add(AwsKind.LISTENER, "listener/" + lb.name() + "/" + l.port(), Optional.empty())
            .put("protocol", l.protocol().name())
            .put("port", Integer.toString(l.port()))
            .ref("loadBalancer", lbId)
            .ref("targetGroup", targetGroupId(lb.name()));
        l.certificate().ifPresent(c -> lb2.put("certificate", inputs.certificateFor(c)));
        lb2.done();
      }
    }
  }

  private static String seconds(Duration d) {
    return Long.toString(d.toSeconds());
  }

  // ---- data ----

  private List<String> tierSubnets(String tier) {
    return t.tier(tier).orElseThrow().subnets().stream().map(s -> subnetId(tier, s.zone())).collect(Collectors.toList());
  }

  private void databases() {
    for (Database db : t.databases()) {
      String group = "db-subnet-group/" + db.name();
      add(AwsKind.DB_SUBNET_GROUP, group, Optional.empty())
          .put("name", AwsNames.dbSubnetGroup(t, db))
          .put("description", "Tenkai " + t.name() + ": every zone of tier " + db.tier())
          .refs("subnets", tierSubnets(db.tier()))
          .done();
      boolean multiAz = db.standbyZone().isPresent();
      Builder b = add(AwsKind.DB_INSTANCE, "db-instance/" + db.name(), Optional.of(db.primaryZone()))
          .put("identifier", AwsNames.dbInstance(t, db))
          .put("engine", rdsEngine(db.engine()))
          .put("engineVersion", db.version())
          .put("instanceClass", db.instanceClass())
          .put("multiAz", Boolean.toString(multiAz))
          .put("storageGib", Integer.toString(db.storageGib()))
          .put("storageEncrypted", Boolean.toString(db.storageEncrypted()))
          .put("publiclyAccessible", Boolean.toString(db.publiclyAccessible()))
          .put("port", Integer.toString(db.port()))
          .put("masterUsername", db.masterUsername())
          .put("manageMasterUserPassword", "true")
          .ref("subnetGroup", group)
          .ref("securityGroups", securityGroupId(db.name()));
      if (!multiAz) {
        b.put("availabilityZone", zones.name(db.primaryZone()));
      }
      db.backupWindow().ifPresent(w -> b.put("backupWindow", backupWindow(db, w)));
      db.maintenanceWindow().ifPresent(w -> {
        String day = w.day().name().substring(0, 3).toLowerCase(Locale.ROOT);
        LocalDateTime start = LocalDate.of(2024, 1, 1).with(TemporalAdjusters.nextOrSame(w.day())).atTime(w.startUtc());
        LocalDateTime end = start.plus(w.duration());
        String endDay = end.getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT);
        b.put("maintenanceWindow", day + ":" + start.format(HH_MM) + "-" + endDay + ":" + end.format(HH_MM));
      });
      b.done();
    }
  }

  /** RDS's name for {@code engine}: {@code mysql}, {@code mariadb}, {@code postgres}. */
  static String rdsEngine(DatabaseEngine engine) {
    switch (engine) {
      case POSTGRESQL:
        return "postgres";
      case MARIADB:
        return "mariadb";
      default:
        return "mysql";
    }
  }

  /**
   * The backup window as RDS takes it. RDS counts a backup window that ends when the maintenance
   * window starts (or starts when it ends) as overlapping and refuses it; the model does not, so
   * such a touching window is shortened by one minute at that end, and the plan says so.
   */
  private String backupWindow(Database db, DailyWindow w) {
    LocalTime start = w.startUtc();
    LocalTime end = w.startUtc().plus(w.duration());
    if (db.maintenanceWindow().isPresent()) {
      WeeklyWindow m = db.maintenanceWindow().get();
      LocalTime mStart = m.startUtc();
      LocalTime mEnd = m.startUtc().plus(m.duration());
      String before = start.format(HH_MM) + "-" + end.format(HH_MM);
      if (end.equals(mStart)) {
        end = end.minusMinutes(1);
      }
      if (start.equals(mEnd)) {
        start = start.plusMinutes(1);
      }
      String after = start.format(HH_MM) + "-" + end.format(HH_MM);
      if (!after.equals(before)) {
        notes.add(db.name() + ": backup window " + before + " touches the maintenance window, which RDS refuses as an overlap; realized as " + after);
      }
    }
    return start.format(HH_MM) + "-" + end.format(HH_MM);
  }

  private void caches() {
    for (Cache c : t.caches()) {
      List<String> nodeZones = new ArrayList<>();
      for (String zone : t.zones()) {
        for (int n = 0; n < c.nodesPerZone().getOrDefault(zone, 0); n++) {
          nodeZones.add(zone);
        }
      }
      if (c.hosting() == CacheHosting.SELF_RUN) {
        for (String zone : t.zones()) {
          for (int n = 1; n <= c.nodesPerZone().getOrDefault(zone, 0); n++) {
            instance(instanceId(c.name(), zone, n), c.name(), zone, subnetId(c.tier(), zone), c.instanceClass(), Optional.empty())
                .put("software", c.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .done();
          }
        }
        continue;
      }
      String group = "cache-subnet-group/" + c.name();
      add(AwsKind.CACHE_SUBNET_GROUP, group, Optional.empty())
          .put("name", AwsNames.cacheSubnetGroup(t, c))
          .put("description", "Tenkai " + t.name() + ": every zone of tier " + c.tier())
          .refs("subnets", tierSubnets(c.tier()))
          .done();
      String preferred = nodeZones.stream().map(zones::name).collect(Collectors.joining(LIST_SEPARATOR));
      if (c.engine() == CacheEngine.MEMCACHED) {
        Builder b = add(AwsKind.CACHE_CLUSTER, "cache-cluster/" + c.name(), Optional.empty())
            .put("id", AwsNames.cacheCluster(t, c))
            .put("engine", "memcached")
            .put("nodeType", c.instanceClass())
            .put("numNodes", Integer.toString(c.total()))
            .put("azMode", nodeZones.stream().distinct().count() > 1 ? "cross-az" : "single-az")
            .put("preferredZones", preferred)
            .put("port", Integer.toString(c.port()))
            .ref("subnetGroup", group)
            .ref("securityGroups", securityGroupId(c.name()));
        c.version().ifPresent(v -> b.put("engineVersion", v));
        b.done();
      } else {
        boolean failover = c.replicatedAcrossZones() && c.total() > 1;
        Builder b = add(AwsKind.CACHE_REPLICATION_GROUP, "replication-group/" + c.name(), Optional.empty())
            .put("id", AwsNames.cacheCluster(t, c))
            .put("engine", c.engine() == CacheEngine.VALKEY ? "valkey" : "redis")
            .put("nodeType", c.instanceClass())
            .put("numCacheClusters", Integer.toString(c.total()))
            .put("preferredZones", preferred)
            .put("automaticFailover", Boolean.toString(failover))
            .put("multiAz", Boolean.toString(failover && nodeZones.stream().distinct().count() > 1))
            .put("atRestEncryption", Boolean.toString(c.encryptedAtRest()))
            .put("port", Integer.toString(c.port()))
            .ref("subnetGroup", group)
            .ref("securityGroups", securityGroupId(c.name()));
        c.version().ifPresent(v -> b.put("engineVersion", v));
        b.done();
      }
    }
  }

  // ---- DNS ----

  private void dns() {
    for (DnsZone zone : t.dnsZones()) {
      String zoneRef;
      Optional<String> existing = inputs.existingHostedZoneId();
      if (existing.isPresent()) {
        zoneRef = "";
        notes.add("records of " + zone.name() + " go into the existing hosted zone " + existing.get() + ", which Tenkai never deletes");
      } else {
        zoneRef = "hosted-zone/" + DnsZone.normalize(zone.name());
        add(AwsKind.HOSTED_ZONE, zoneRef, Optional.empty()).put("name", DnsZone.normalize(zone.name())).done();
      }
      for (DnsRecord r : zone.records()) {
        Builder b = add(AwsKind.DNS_RECORD, "dns-record/" + DnsZone.normalize(r.name()) + "/" + r.type().name(), Optional.empty())
            .put("name", DnsZone.normalize(r.name()))
            .put("type", r.type().name());
        if (existing.isPresent()) {
          b.put("hostedZoneId", existing.get());
        } else {
          b.ref("hostedZone", zoneRef);
        }
        if (r.target().isPresent()) {
          String target = loadBalancerId(r.target().get());
          b.dependsOn(target);
          if (r.alias()) {
            b.put("aliasTarget", target);
          } else {
            b.put("valueOf", target);
          }
        } else {
          b.put("values", String.join(LIST_SEPARATOR, r.values()));
        }
        r.ttl().ifPresent(ttl -> b.put("ttl", seconds(ttl)));
        b.done();
      }
    }
  }

  // ---- builder ----

  private Builder add(AwsKind kind, String logicalId, Optional<String> zone) {
    return new Builder(kind, logicalId, zone);
  }

  /** Collects one resource's properties and dependencies. */
  private final class Builder {
    private final AwsKind kind;
    private final String logicalId;
    private final Optional<String> zone;
    private final Map<String, String> props = new LinkedHashMap<>();
    private final Set<String> deps = new LinkedHashSet<>();

    Builder(AwsKind kind, String logicalId, Optional<String> zone) {
      this.kind = kind;
      this.logicalId = logicalId;
      this.zone = zone;
    }

    Builder put(String name, String value) {
      props.put(name, value);
      return this;
    }

    /** A property naming another resource, which this one depends on. */
    Builder ref(String name, String logicalId) {
      deps.add(logicalId);
      return put(name, logicalId);
    }

    Builder refs(String name, List<String> logicalIds) {
      deps.addAll(logicalIds);
      return put(name, list(logicalIds));
    }

    Builder dependsOn(String logicalId) {
      deps.add(logicalId);
      return this;
    }

    void done() {
      out.add(DesiredResource.of(kind, logicalId, props, deps, zone));
    }
  }
}
