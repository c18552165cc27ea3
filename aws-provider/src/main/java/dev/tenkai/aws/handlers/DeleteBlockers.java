package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.CurrentResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * What keeps an owned subnet, VPC or security group from being deleted, found before the delete
 * call: instances and network interfaces still in a subnet, subnets and security groups still in
 * a VPC, instances and other groups' rules still using a group. AWS refuses such a delete with
 * {@code DependencyViolation}, which also means "not yet" while a just-deleted dependency is still
 * going, so the executor retries it; a blocker that nobody will remove is permanent, and retrying
 * would only delay the answer. Checking first turns it into one clear failure naming each blocker
 * (and does not depend on an emulator refusing the delete: moto deletes a subnet with instances
 * in it).
 *
 * <p>Things on their way out are not blockers (an instance shutting down, an interface AWS manages
 * for a NAT gateway, load balancer or database being deleted): they go by themselves, and the
 * executor's bounded retry covers them.
 */
final class DeleteBlockers {
  /** States of an instance that keeps its subnet and groups in use until someone ends it. */
  private static final List<String> STAYING = List.of("pending", "running", "stopping", "stopped");

  private DeleteBlockers() {}

  /**
   * Throws when {@code subnet} still holds instances or network interfaces.
   *
   * @throws DeleteBlockedException naming each blocker
   */
  static void checkSubnet(CurrentResource subnet, HandlerContext ctx) {
    List<String> blockers = inSubnet(subnet.physicalId(), ctx);
    if (!blockers.isEmpty()) {
      throw new DeleteBlockedException(describe(subnet), blockers, "in it", "terminate or move " + (blockers.size() == 1 ? "it" : "them"));
    }
  }

  /**
   * Throws when {@code vpc} still holds subnets (owned ones that could not go, or foreign ones) or
   * security groups other than its default one.
   *
   * @throws DeleteBlockedException naming each blocker and, for a subnet, what keeps it
   */
  static void checkVpc(CurrentResource vpc, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    Filter inVpc = Filter.builder().name("vpc-id").values(vpc.physicalId()).build();
    List<String> blockers = new ArrayList<>();
    for (Subnet s : ec2.describeSubnetsPaginator(r -> r.filters(inVpc)).subnets()) {
      if (goneThisRun(Ec2Tags.owned(s.tags(), ctx), ctx)) {
        continue;
      }
      List<String> inside = inSubnet(s.subnetId(), ctx);
      String why = inside.isEmpty() ? "" : " (itself blocked by " + String.join(", ", inside) + ")";
      blockers.add(name("subnet", s.subnetId(), Ec2Tags.owned(s.tags(), ctx)) + why);
    }
    for (SecurityGroup g : ec2.describeSecurityGroupsPaginator(r -> r.filters(inVpc)).securityGroups()) {
      // Every VPC has a group named "default" that goes with it.
      if (!"default".equals(g.groupName()) && !goneThisRun(Ec2Tags.owned(g.tags(), ctx), ctx)) {
        blockers.add(name("security group", g.groupId(), Ec2Tags.owned(g.tags(), ctx)));
      }
    }
    if (!blockers.isEmpty()) {
      throw new DeleteBlockedException(describe(vpc), blockers, "in it", "delete them (or what keeps them)");
    }
  }

  /**
   * Throws when instances, network interfaces or other groups' rules still use {@code group}.
   *
   * @throws DeleteBlockedException naming each user
   */
  static void checkSecurityGroup(CurrentResource group, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    String id = group.physicalId();
    List<String> blockers = new ArrayList<>();
    Filter uses = Filter.builder().name("instance.group-id").values(id).build();
    Filter staying = Filter.builder().name("instance-state-name").values(STAYING).build();
    for (var res : ec2.describeInstancesPaginator(r -> r.filters(uses, staying)).reservations()) {
      res.instances().forEach(i -> blockers.add(name("instance", i.instanceId(), Ec2Tags.owned(i.tags(), ctx))));
    }
    for (SecurityGroup g : ec2.describeSecurityGroupsPaginator(r -> r.filters(Filter.builder().name("vpc-id").values(vpcOf(group, ctx)).build())).securityGroups()) {
      if (!g.groupId().equals(id) && Ec2Tags.owned(g.tags(), ctx).isEmpty() && references(g, id)) {
        blockers.add("a rule of foreign security group " + g.groupId() + " (" + g.groupName() + ")");
      }
    }
    if (!blockers.isEmpty()) {
      throw new DeleteBlockedException(describe(group), blockers, "using it", "remove the use (the instance, or the rule referring to it)");
    }
  }

  /**
   * Whether an owned resource was deleted by this run (the executor drops it from the state) but
   * may still be listed for a moment: AWS's reads are eventually consistent, and AWS's own
   * DependencyViolation (retried) covers the moment it takes to go.
   */
  private static boolean goneThisRun(Optional<String> logicalId, HandlerContext ctx) {
    return logicalId.isPresent() && ctx.state().get(logicalId.get()).isEmpty();
  }

  private static String vpcOf(CurrentResource group, HandlerContext ctx) {
    return ctx.clients().ec2().describeSecurityGroups(r -> r.groupIds(group.physicalId())).securityGroups().stream()
        .findFirst().map(SecurityGroup::vpcId).orElse("");
  }

  private static boolean references(SecurityGroup g, String id) {
    List<IpPermission> rules = new ArrayList<>(g.ipPermissions());
    rules.addAll(g.ipPermissionsEgress());
    return rules.stream().flatMap(p -> p.userIdGroupPairs().stream()).map(UserIdGroupPair::groupId).anyMatch(id::equals);
  }

  /** Instances and network interfaces in subnet {@code subnetId} that stay until someone removes them. */
  private static List<String> inSubnet(String subnetId, HandlerContext ctx) {
    Ec2Client ec2 = ctx.clients().ec2();
    Filter in = Filter.builder().name("subnet-id").values(subnetId).build();
    Filter staying = Filter.builder().name("instance-state-name").values(STAYING).build();
    List<String> out = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    for (var res : ec2.describeInstancesPaginator(r -> r.filters(in, staying)).reservations()) {
      for (Instance i : res.instances()) {
        instances.add(i.instanceId());
        out.add(name("instance", i.instanceId(), Ec2Tags.owned(i.tags(), ctx)));
      }
    }
    // A NAT gateway's interface is AWS's and leaves with the gateway (moto marks it as a plain,
    // unmanaged interface and keeps it after the gateway is deleted).
    List<String> natInterfaces = new ArrayList<>();
    ec2.describeNatGatewaysPaginator(r -> r.filter(in)).natGateways()
        .forEach(g -> g.natGatewayAddresses().forEach(a -> natInterfaces.add(a.networkInterfaceId())));
    for (NetworkInterface n : ec2.describeNetworkInterfacesPaginator(r -> r.filters(in)).networkInterfaces()) {
      if (natInterfaces.contains(n.networkInterfaceId())) {
        continue;
      }
      boolean ofListedInstance = n.attachment() != null && instances.contains(n.attachment().instanceId());
      // AWS's own interfaces (NAT gateway, load balancer, database) leave with their owner.
      boolean managed = Boolean.TRUE.equals(n.requesterManaged()) || (n.interfaceType() != null && !"interface".equals(n.interfaceTypeAsString()));
      boolean attached = n.attachment() != null && n.attachment().instanceId() != null;
      if (!ofListedInstance && !managed && !attached) {
        out.add(name("network interface", n.networkInterfaceId(), Ec2Tags.owned(n.tagSet(), ctx)));
      }
    }
    return out;
  }

  private static String name(String kind, String physicalId, Optional<String> logicalId) {
    return logicalId.map(l -> l + " (" + physicalId + ", owned, could not be deleted)").orElse("foreign " + kind + " " + physicalId);
  }

  private static String describe(CurrentResource c) {
    return c.logicalId() + " (" + c.physicalId() + ")";
  }
}
