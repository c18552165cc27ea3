package dev.tenkai.aws.handlers;

import java.util.Optional;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.TopologyMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBSubnetGroup;
import software.amazon.awssdk.services.rds.model.Tag;

/** An RDS DB subnet group over every zone of the data tier. */
public final class DbSubnetGroupHandler implements ResourceHandler {
  /** RDS's "not yet": an instance or subnet group busy with an earlier change. */
  static final Set<String> NOT_YET = Set.of("InvalidDBInstanceState", "InvalidDBSubnetGroupStateFault");

  @Override
  public AwsKind kind() {
    return AwsKind.DB_SUBNET_GROUP;
  }

  @Override
  public KindSchema schema() {
    return KindSchema.builder()
        .replacing("name").inPlace("subnets", "description")
        .build();
  }

  @Override
  public Set<String> notYetCodes() {
    return DbSubnetGroupHandler.NOT_YET;
  }

  static List<Tag> tags(HandlerContext ctx, String logicalId) {
    return ctx.tags(logicalId).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  /** Whether the RDS resource {@code arn} carries the stack's tags; returns its logical id or null. */
  static String ownedLogicalId(RdsClient rds, String arn, HandlerContext ctx) {
    Map<String, String> tags = rds.listTagsForResource(r -> r.resourceName(arn)).tagList().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
    return StackTags.ownedLogicalId(tags, ctx.stack()).orElse(null);
  }

  @Override
  public List<CurrentResource> discover(HandlerContext ctx) {
    RdsClient rds = ctx.clients().rds();
    List<CurrentResource> out = new ArrayList<>();
    String prefix = ctx.stack().toLowerCase(java.util.Locale.ROOT) + "-";
    for (DBSubnetGroup g : rds.describeDBSubnetGroupsPaginator(r -> { }).dbSubnetGroups()) {
      // DescribeDBSubnetGroups returns no tags: only groups named like the stack's are asked for theirs.
      if (!g.dbSubnetGroupName().startsWith(prefix)) {
        continue;
      }
      String id = ownedLogicalId(rds, g.dbSubnetGroupArn(), ctx);
      if (id != null) {
        out.add(read(id, g, ctx));
      }
    }
    return out;
  }

  private CurrentResource read(String logicalId, DBSubnetGroup g, HandlerContext ctx) {
    String subnets = TopologyMapping.list(g.subnets().stream().map(s -> ctx.state().logicalIdOf(s.subnetIdentifier())).collect(Collectors.toList()));
    return CurrentResource.of(kind(), logicalId, g.dbSubnetGroupName(), Map.of("name", g.dbSubnetGroupName(), "subnets", subnets, "description", g.dbSubnetGroupDescription()),
        Map.of("zones", g.subnets().stream().map(s -> s.subnetAvailabilityZone().name()).sorted().collect(Collectors.joining(","))));
  }

  @Override
  public CurrentResource create(DesiredResource d, HandlerContext ctx) {
    DBSubnetGroup g = ctx.clients().rds().createDBSubnetGroup(r -> r
        .dbSubnetGroupName(d.property("name"))
        .dbSubnetGroupDescription(d.property("description"))
        .subnetIds(ctx.physicalIds(d, "subnets"))
        .tags(tags(ctx, d.logicalId()))).dbSubnetGroup();
    return read(d.logicalId(), g, ctx);
  }


  @Override
  public CurrentResource update(DesiredResource d, CurrentResource c, HandlerContext ctx) {
    DBSubnetGroup g = ctx.clients().rds().modifyDBSubnetGroup(r -> r
        .dbSubnetGroupName(c.physicalId())
        .dbSubnetGroupDescription(d.property("description"))
        .subnetIds(ctx.physicalIds(d, "subnets"))).dbSubnetGroup();
    return read(d.logicalId(), g, ctx);
  }

  @Override
  public void delete(CurrentResource c, HandlerContext ctx) {
    ctx.clients().rds().deleteDBSubnetGroup(r -> r.dbSubnetGroupName(c.physicalId()));
  }

  @Override
  public String cloudFormationType() {
    return "AWS::RDS::DBSubnetGroup";
  }

  @Override
  public Optional<ObjectNode> cloudFormation(DesiredResource r, TemplateAssembly cfn) {
    ObjectNode res = TemplateAssembly.typed(cloudFormationType());
    ObjectNode p = TemplateAssembly.props(res);
    p.put("DBSubnetGroupName", r.property("name"));
    p.put("DBSubnetGroupDescription", r.property("description"));
    p.set("SubnetIds", cfn.refs(r.property("subnets")));
    cfn.tags(p, r);
    return Optional.of(res);
  }
}
