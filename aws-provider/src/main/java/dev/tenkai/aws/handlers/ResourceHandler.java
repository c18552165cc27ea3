package dev.tenkai.aws.handlers;

import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import java.util.List;
import java.util.Set;

/**
 * Create, read, update and delete for one AWS resource kind; nothing else. Ordering, diffing,
 * parallelism, waiting policy and retries live outside, in the planner and the executor.
 */
public interface ResourceHandler {
  /** The kind handled. */
  AwsKind kind();

  /**
   * Every resource of this kind that carries the stack's tags, read with one describe call per
   * kind (paginated), never one call per resource. References to other resources are read back
   * as logical ids through {@link HandlerContext#state()}, so kinds are discovered in
   * {@link AwsKind} order.
   */
  List<CurrentResource> discover(HandlerContext ctx);

  /** Creates {@code desired}, tagged at creation, and waits until it is ready. */
  CurrentResource create(DesiredResource desired, HandlerContext ctx);

  /** The properties {@link #update} can change in place; any other difference means replacement. */
  default Set<String> updatable() {
    return Set.of();
  }

  /** Whether {@code current}, as read back, is the {@code desired} value of {@code property}. */
  default boolean same(String property, String current, String desired) {
    return current.equals(desired);
  }

  /** Changes {@code current} in place to match {@code desired}. */
  default CurrentResource update(DesiredResource desired, CurrentResource current, HandlerContext ctx) {
    throw new UnsupportedOperationException(kind().label() + " cannot change in place: " + current.logicalId());
  }

  /** Deletes {@code current} (owned by the stack) and waits until it is gone. */
  void delete(CurrentResource current, HandlerContext ctx);
}
