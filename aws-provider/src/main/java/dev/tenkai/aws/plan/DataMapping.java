package dev.tenkai.aws.plan;

import static dev.tenkai.aws.plan.TopologyMapping.LIST_SEPARATOR;
import static dev.tenkai.aws.plan.TopologyMapping.instanceId;
import static dev.tenkai.aws.plan.TopologyMapping.securityGroupId;
import static dev.tenkai.aws.plan.TopologyMapping.subnetId;

import dev.tenkai.aws.rules.AwsNames;
import dev.tenkai.model.Cache;
import dev.tenkai.model.CacheEngine;
import dev.tenkai.model.CacheHosting;
import dev.tenkai.model.DailyWindow;
import dev.tenkai.model.Database;
import dev.tenkai.model.DatabaseEngine;
import dev.tenkai.model.Topology;
import dev.tenkai.model.WeeklyWindow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The data part of the mapping: databases and caches with their subnet groups. */
final class DataMapping {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final StackDraft d;
  private final Topology t;

  DataMapping(StackDraft draft) {
    this.d = draft;
    this.t = draft.topology;
  }

  private List<String> tierSubnets(String tier) {
    return t.tier(tier).orElseThrow().subnets().stream().map(s -> subnetId(tier, s.zone())).collect(Collectors.toList());
  }

  /** Each database: its DB subnet group over every zone of its tier, then the DB instance. */
  void databases() {
    for (Database db : t.databases()) {
      String group = "db-subnet-group/" + db.name();
      d.add(AwsKind.DB_SUBNET_GROUP, group, Optional.empty())
          .put("name", AwsNames.dbSubnetGroup(t, db))
          .put("description", "Tenkai " + t.name() + ": every zone of tier " + db.tier())
          .refs("subnets", tierSubnets(db.tier()))
          .done();
      boolean multiAz = db.standbyZone().isPresent();
      ResourceDraft b = d.add(AwsKind.DB_INSTANCE, "db-instance/" + db.name(), Optional.of(db.primaryZone()))
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
        b.put("availabilityZone", d.zones.name(db.primaryZone()));
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
        d.note(db.name() + ": backup window " + before + " touches the maintenance window, which RDS refuses as an overlap; realized as " + after);
      }
    }
    return start.format(HH_MM) + "-" + end.format(HH_MM);
  }

  /** Each cache: self-run nodes as instances, else its cache subnet group and a memcached cluster or a replication group. */
  void caches() {
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
            ComputeMapping.instance(d, instanceId(c.name(), zone, n), c.name(), zone, subnetId(c.tier(), zone), c.instanceClass(), Optional.empty())
                .put("software", c.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .done();
          }
        }
        continue;
      }
      String group = "cache-subnet-group/" + c.name();
      d.add(AwsKind.CACHE_SUBNET_GROUP, group, Optional.empty())
          .put("name", AwsNames.cacheSubnetGroup(t, c))
          .put("description", "Tenkai " + t.name() + ": every zone of tier " + c.tier())
          .refs("subnets", tierSubnets(c.tier()))
          .done();
      String preferred = nodeZones.stream().map(d.zones::name).collect(Collectors.joining(LIST_SEPARATOR));
      if (c.engine() == CacheEngine.MEMCACHED) {
        ResourceDraft b = d.add(AwsKind.CACHE_CLUSTER, "cache-cluster/" + c.name(), Optional.empty())
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
        ResourceDraft b = d.add(AwsKind.CACHE_REPLICATION_GROUP, "replication-group/" + c.name(), Optional.empty())
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
}
