package dev.tenkai.aws.handlers;

import java.util.Set;
import dev.tenkai.aws.StackTags;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** EC2's form of the stack tags: tag specifications at creation, a tag filter for discovery. */
final class Ec2Tags {
  /**
   * EC2 error codes that mean "not yet": a just-created resource another call refers to is still
   * propagating, or a just-deleted one still holds what is being deleted.
   */
  static final Set<String> NOT_YET = Set.of(
      "DependencyViolation", "InvalidVpcID.NotFound", "InvalidGroup.NotFound", "InvalidSubnetID.NotFound", "InvalidInstanceID.NotFound",
      "InvalidAllocationID.NotFound", "InvalidNatGatewayID.NotFound", "IncorrectInstanceState", "InvalidRouteTableID.NotFound");

  private Ec2Tags() {}

  /** Tags {@code logicalId}'s new resource of {@code type} at creation. */
  static TagSpecification at(ResourceType type, HandlerContext ctx, String logicalId) {
    return TagSpecification.builder().resourceType(type).tags(tags(ctx, logicalId)).build();
  }

  static List<Tag> tags(HandlerContext ctx, String logicalId) {
    return ctx.tags(logicalId).entrySet().stream()
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
  }

  /** The filter that selects the stack's resources (checked again on the result, see {@link #owned}). */
  static Filter stackFilter(HandlerContext ctx) {
    return Filter.builder().name("tag:" + StackTags.STACK).values(ctx.stack()).build();
  }

  /** The logical id of a resource with {@code tags} when the stack owns it. */
  static Optional<String> owned(List<Tag> tags, HandlerContext ctx) {
    Map<String, String> m = tags.stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
    return StackTags.ownedLogicalId(m, ctx.stack());
  }
}
