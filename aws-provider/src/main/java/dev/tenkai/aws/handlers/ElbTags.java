package dev.tenkai.aws.handlers;

import java.util.Set;
import com.google.common.collect.Lists;
import dev.tenkai.aws.StackTags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/** Elastic Load Balancing's form of the stack tags. */
final class ElbTags {
  /** Elastic Load Balancing's "not yet": a resource still used by one being deleted. */
  static final Set<String> NOT_YET = Set.of("ResourceInUse");

  /** DescribeTags takes at most 20 resources per call. */
  private static final int BATCH = 20;

  private ElbTags() {}

  static List<Tag> tags(HandlerContext ctx, String logicalId) {
    return ctx.tags(logicalId).entrySet().stream()
        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
        .collect(Collectors.toList());
  }

  /** Logical id by ARN of the {@code arns} the stack owns, read in batches of 20. */
  static Map<String, String> owned(List<String> arns, HandlerContext ctx) {
    Map<String, String> out = new HashMap<>();
    for (List<String> batch : Lists.partition(arns, BATCH)) {
      for (TagDescription d : ctx.clients().elb().describeTags(r -> r.resourceArns(batch)).tagDescriptions()) {
        Map<String, String> tags = d.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
        StackTags.ownedLogicalId(tags, ctx.stack()).ifPresent(id -> out.put(d.resourceArn(), id));
      }
    }
    return out;
  }
}
