package dev.tenkai.aws.handlers;

import java.util.Set;
import dev.tenkai.aws.StackTags;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticache.model.Tag;

/** ElastiCache's form of the stack tags. */
final class CacheTags {
  /** ElastiCache's "not yet": a subnet group still used by a cache being deleted. */
  static final Set<String> NOT_YET = Set.of("CacheSubnetGroupInUse");

  private CacheTags() {}

  static List<Tag> tags(HandlerContext ctx, String logicalId) {
    return ctx.tags(logicalId).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
  }

  /**
   * The logical id of the ElastiCache resource {@code arn} when the stack owns it. The describe
   * calls return no tags, so only resources named like the stack's are asked for theirs.
   */
  static Optional<String> owned(String arn, HandlerContext ctx) {
    Map<String, String> tags = ctx.clients().elastiCache().listTagsForResource(r -> r.resourceName(arn)).tagList().stream()
        .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
    return StackTags.ownedLogicalId(tags, ctx.stack());
  }

  static boolean namedLikeStack(String name, HandlerContext ctx) {
    return name != null && name.startsWith(ctx.stack().toLowerCase(java.util.Locale.ROOT) + "-");
  }
}
