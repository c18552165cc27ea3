package dev.tenkai.aws.handlers;

import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.UpdateBehaviour;
import dev.tenkai.aws.plan.PropertySpec;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.rds.model.ModifyDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/**
 * A MySQL (or other engine) DB instance: Multi-AZ as modelled, never publicly accessible unless
 * the model says so, storage encrypted, backup and maintenance windows from the model, and its
 * master password generated and kept by AWS (ManageMasterUserPassword), so no secret passes
 * through Tenkai. Deleting it keeps a final snapshot unless the caller says skip.
 */
public final class DbInstanceHandler implements ResourceHandler {
  @Override
  public AwsKind kind() {
    return AwsKind.DB_INSTANCE;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("identifier", "engine", "storageEncrypted", "publiclyAccessible", "masterUsername", "manageMasterUserPassword")
        .inPlace("instanceClass", "multiAz", "storageGib", "securityGroups", "subnetGroup", "port")
        .with("engineVersion", PropertySpec.of(UpdateBehaviour.IN_PLACE).comparedBy(DbInstanceHandler::sameVersion))
        // Absent, RDS assigns a window (a different one per region): that is no difference.
        .with("backupWindow", PropertySpec.of(UpdateBehaviour.IN_PLACE).whenAbsentAssigned())
        .with("maintenanceWindow", PropertySpec.of(UpdateBehaviour.IN_PLACE).whenAbsentAssigned())
        // A single-zone database's zone; absent (Multi-AZ), RDS picks. Moving it means restoring a
        // snapshot elsewhere, which Tenkai does not do behind a plan line.
        .with("availabilityZone", PropertySpec.immutable("a database moves to another zone only through a snapshot restore")
            .whenAbsentAssigned())
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return DbSubnetGroupHandler.NOT_YET;
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    List<CurrentResource> out = new ArrayList<>();
    for (DBInstance db : ctx.clients().rds().describeDBInstancesPaginator(r -> { }).dbInstances()) {
      // DescribeDBInstances carries the tags, so one call per page decides ownership.
      Map<String, String> tags = db.tagList().stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
      String status = db.dbInstanceStatus() == null ? "" : db.dbInstanceStatus();
      if (status.equals("deleting")) {
        continue;
      }
      StackTags.ownedLogicalId(tags, ctx.stack()).ifPresent(id -> out.add(read(id, db, ctx)));
    }
    return out;
  }

  private CurrentResource read(String logicalId, DBInstance db, HandlerContext ctx) {
    Map<String, String> p = new HashMap<>();
    p.put("identifier", db.dbInstanceIdentifier());
    p.put("engine", db.engine());
    p.put("engineVersion", db.engineVersion());
    p.put("instanceClass", db.dbInstanceClass());
    p.put("multiAz", Boolean.toString(Boolean.TRUE.equals(db.multiAZ())));
    p.put("storageGib", String.valueOf(db.allocatedStorage()));
    p.put("storageEncrypted", Boolean.toString(Boolean.TRUE.equals(db.storageEncrypted())));
    p.put("publiclyAccessible", Boolean.toString(Boolean.TRUE.equals(db.publiclyAccessible())));
    p.put("masterUsername", db.masterUsername());
    p.put("manageMasterUserPassword", Boolean.toString(db.masterUserSecret() != null));
    Integer port = db.endpoint() != null && db.endpoint().port() != null ? db.endpoint().port() : db.dbInstancePort();
    p.put("port", port == null ? "" : port.toString());
    p.put("subnetGroup", db.dbSubnetGroup() == null ? "" : ctx.state().logicalIdOf(db.dbSubnetGroup().dbSubnetGroupName()));
    p.put("securityGroups", TopologyMapping.list(db.vpcSecurityGroups().stream().map(VpcSecurityGroupMembership::vpcSecurityGroupId).map(ctx.state()::logicalIdOf).collect(Collectors.toList())));
    p.put("backupWindow", db.preferredBackupWindow() == null ? "" : db.preferredBackupWindow());
    p.put("availabilityZone", db.availabilityZone() == null ? "" : db.availabilityZone());
    p.put("maintenanceWindow", db.preferredMaintenanceWindow() == null ? "" : db.preferredMaintenanceWindow());
    Map<String, String> attrs = new HashMap<>();
    attrs.put("availabilityZone", db.availabilityZone() == null ? "" : db.availabilityZone());
    if (db.secondaryAvailabilityZone() != null) {
      attrs.put("secondaryAvailabilityZone", db.secondaryAvailabilityZone());
    }
    if (db.endpoint() != null && db.endpoint().address() != null) {
      attrs.put("endpoint", db.endpoint().address());
    }
    return CurrentResource.of(kind(), logicalId, db.dbInstanceIdentifier(), p, attrs);
  }


  /** An engine version read back in full ("8.0.35") is the desired one when that names its prefix ("8.0"). */
  static boolean sameVersion(String current, String desired) {
    return current.equals(desired) || current.startsWith(desired + ".");
  }

  /** The request that creates {@code d}: no password in it, ever; AWS generates and keeps one. */
  static CreateDbInstanceRequest createRequest(DesiredResource d, HandlerContext ctx) {
    CreateDbInstanceRequest.Builder b = CreateDbInstanceRequest.builder()
        .dbInstanceIdentifier(d.property("identifier"))
        .engine(d.property("engine"))
        .engineVersion(d.property("engineVersion"))
        .dbInstanceClass(d.property("instanceClass"))
        .multiAZ(Boolean.parseBoolean(d.property("multiAz")))
        .allocatedStorage(Integer.parseInt(d.property("storageGib")))
        .storageEncrypted(Boolean.parseBoolean(d.property("storageEncrypted")))
        .publiclyAccessible(Boolean.parseBoolean(d.property("publiclyAccessible")))
        .port(Integer.parseInt(d.property("port")))
        .masterUsername(d.property("masterUsername"))
        .manageMasterUserPassword(true)
        .dbSubnetGroupName(ctx.state().physicalId(d.property("subnetGroup")))
        .vpcSecurityGroupIds(ctx.physicalIds(d, "securityGroups"))
        .copyTagsToSnapshot(true)
        .tags(DbSubnetGroupHandler.tags(ctx, d.logicalId()));
    d.optional("availabilityZone").ifPresent(b::availabilityZone);
    d.optional("backupWindow").ifPresent(b::preferredBackupWindow);
    d.optional("maintenanceWindow").ifPresent(b::preferredMaintenanceWindow);
    return b.build();
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    RdsClient rds = ctx.clients().rds();
    return read(d.logicalId(), rds.createDBInstance(createRequest(d, ctx)).dbInstance(), ctx);
  }

  private static Optional<DBInstance> describe(CurrentResource c, HandlerContext ctx) {
    try {
      return ctx.clients().rds().describeDBInstances(r -> r.dbInstanceIdentifier(c.physicalId())).dbInstances().stream().findFirst();
    } catch (DbInstanceNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Statuses from which a database does not become available by itself. */
  private static final Set<String> STUCK = Set.of("failed", "incompatible-restore", "incompatible-parameters", "incompatible-network", "storage-full");

  @Override
  public Optional<CurrentResource> ready(CurrentResource c, HandlerContext ctx) {
    DBInstance db = describe(c, ctx).orElse(null);
    if (db != null && STUCK.contains(db.dbInstanceStatus())) {
      throw new IllegalStateException(c.logicalId() + " (" + c.physicalId() + ") is " + db.dbInstanceStatus() + " and will not become available");
    }
    return db != null && "available".equals(db.dbInstanceStatus()) ? Optional.of(read(c.logicalId(), db, ctx)) : Optional.empty();
  }

  @Override
  public boolean gone(CurrentResource c, HandlerContext ctx) {
    return describe(c, ctx).isEmpty();
  }

  @Override
  public Duration deadline(HandlerContext ctx) {
    // A Multi-AZ instance or a class change takes tens of minutes on AWS.
    return max(ctx.options().execution().readinessTimeout(), Duration.ofMinutes(60));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    RdsClient rds = ctx.clients().rds();
    ModifyDbInstanceRequest.Builder b = ModifyDbInstanceRequest.builder()
        .dbInstanceIdentifier(c.physicalId())
        // A modelled change is wanted now, not at the next maintenance window.
        .applyImmediately(true);
    // Only what differs is sent: naming the same subnet group again asks RDS for a VPC move.
    Predicate<String> changed = p -> !schema().spec(p).orElseThrow().same().test(c.properties().getOrDefault(p, ""), d.properties().getOrDefault(p, ""));
    if (changed.test("instanceClass")) {
      b.dbInstanceClass(d.property("instanceClass"));
    }
    if (changed.test("multiAz")) {
      b.multiAZ(Boolean.parseBoolean(d.property("multiAz")));
    }
    if (changed.test("storageGib")) {
      b.allocatedStorage(Integer.parseInt(d.property("storageGib")));
    }
    if (changed.test("subnetGroup")) {
      b.dbSubnetGroupName(ctx.state().physicalId(d.property("subnetGroup")));
    }
    if (changed.test("securityGroups")) {
      b.vpcSecurityGroupIds(ctx.physicalIds(d, "securityGroups"));
    }
    if (changed.test("port")) {
      b.dbPortNumber(Integer.parseInt(d.property("port")));
    }
    if (changed.test("engineVersion")) {
      b.engineVersion(d.property("engineVersion")).allowMajorVersionUpgrade(true);
    }
    if (changed.test("backupWindow")) {
      d.optional("backupWindow").ifPresent(b::preferredBackupWindow);
    }
    if (changed.test("maintenanceWindow")) {
      d.optional("maintenanceWindow").ifPresent(b::preferredMaintenanceWindow);
    }
    return read(d.logicalId(), rds.modifyDBInstance(b.build()).dbInstance(), ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    RdsClient rds = ctx.clients().rds();
    if (ctx.skipFinalSnapshot()) {
      rds.deleteDBInstance(r -> r.dbInstanceIdentifier(c.physicalId()).skipFinalSnapshot(true));
    } else {
      String snapshot = finalSnapshotName(c.physicalId(), Instant.now());
      rds.deleteDBInstance(r -> r.dbInstanceIdentifier(c.physicalId()).skipFinalSnapshot(false).finalDBSnapshotIdentifier(snapshot));
    }
  }

  /** The final snapshot's name: the identifier and the time, within RDS's 255 characters. */
  static String finalSnapshotName(String identifier, Instant now) {
    return identifier + "-final-" + now.getEpochSecond();
  }

  @Override
  public String cloudFormationType() {
    return "AWS::RDS::DBInstance";
  }

  /** The database, its master password generated and kept by AWS: no secret in the template. */
  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    // As the provider's destroy does by default: keep a final snapshot.
    res.put("DeletionPolicy", "Snapshot");
    res.put("UpdateReplacePolicy", "Snapshot");
    ObjectNode p = TemplateAssembly.props(res);
    p.put("DBInstanceIdentifier", r.property("identifier"));
    p.put("Engine", r.property("engine"));
    p.set("EngineVersion", TemplateAssembly.ref(cfn.engineVersionParameter(r)));
    p.put("DBInstanceClass", r.property("instanceClass"));
    p.put("MultiAZ", Boolean.parseBoolean(r.property("multiAz")));
    r.optional("availabilityZone").ifPresent(z -> p.set("AvailabilityZone", cfn.zoneRef(z)));
    p.put("AllocatedStorage", r.property("storageGib"));
    p.put("StorageEncrypted", Boolean.parseBoolean(r.property("storageEncrypted")));
    p.put("PubliclyAccessible", Boolean.parseBoolean(r.property("publiclyAccessible")));
    p.put("Port", r.property("port"));
    p.put("MasterUsername", r.property("masterUsername"));
    p.put("ManageMasterUserPassword", Boolean.parseBoolean(r.property("manageMasterUserPassword")));
    p.set("DBSubnetGroupName", cfn.refTo(r.property("subnetGroup")));
    ArrayNode groups = p.putArray("VPCSecurityGroups");
    TopologyMapping.items(r.property("securityGroups")).forEach(g -> groups.add(TemplateAssembly.getAtt(cfn.id(g), "GroupId")));
    r.optional("backupWindow").ifPresent(w -> p.put("PreferredBackupWindow", w));
    r.optional("maintenanceWindow").ifPresent(w -> p.put("PreferredMaintenanceWindow", w));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
