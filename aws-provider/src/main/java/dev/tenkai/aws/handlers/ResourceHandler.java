package dev.tenkai.aws.handlers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.aws.cloudformation.TemplateAssembly;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.KindSchema;
import dev.tenkai.aws.plan.TopologyMapping;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One AWS resource kind, as a unit: its schema (every property the mapping sets and how each
 * changes), create, read, update and delete, how to tell it is ready or gone, the error codes
 * that mean "not yet" for it, and what it refers to. Nothing else: ordering, diffing,
 * parallelism, waiting, deadlines and retries live in the engine (the planner and the executor),
 * which knows no kind.
 */
public interface ResourceHandler {
  /** The kind handled. */
  AwsKind kind();

  /**
   * Every property the mapping sets for this kind, with how it changes; the planner compares
   * exactly these, so each must be read back by {@link #discover} and {@link #create}.
   */
  KindSchema schema();

  /**
   * Every resource of this kind that carries the stack's tags, read with one describe call per
   * kind (paginated), never one call per resource. References to other resources are read back
   * as logical ids through {@link HandlerContext#state()}, so a kind is registered after every
   * kind its resources refer to.
   */
  List<CurrentResource> discover(HandlerContext ctx);

  /**
   * Creates {@code desired}, tagged at creation, and returns it as far as known without waiting;
   * the engine then polls {@link #ready} until it is ready.
   */
  CurrentResource create(DesiredResource desired, HandlerContext ctx);

  /**
   * Finishes a creation once the resource is ready, with settings AWS takes only then (an
   * instance's source/destination check, say); the default has none.
   */
  default CurrentResource configure(DesiredResource desired, CurrentResource ready, HandlerContext ctx) {
    return ready;
  }

  /**
   * Changes {@code current} in place to match {@code desired}, for properties whose behaviour is
   * in place or stop-start; the engine then polls {@link #ready}. A kind without such properties
   * is never asked.
   *
   * @throws IllegalStateException when the kind has nothing it can change in place
   */
  default CurrentResource update(DesiredResource desired, CurrentResource current, HandlerContext ctx) {
    throw new IllegalStateException(kind().label() + " has no property that changes in place, yet " + current.logicalId() + " was to be updated");
  }

  /**
   * Reads {@code resource} again: the fresh resource once it is ready for use, empty while it is
   * still on its way. The default: ready as soon as created.
   */
  default Optional<CurrentResource> ready(CurrentResource resource, HandlerContext ctx) {
    return Optional.of(resource);
  }

  /**
   * Deletes {@code current} (owned by the stack), first checking what would block it, without
   * waiting; the engine then polls {@link #gone}.
   */
  void delete(CurrentResource current, HandlerContext ctx);

  /** Whether deleted {@code current} is gone. The default: gone once the delete call returns. */
  default boolean gone(CurrentResource current, HandlerContext ctx) {
    return true;
  }

  /** How long the engine waits for this kind to be ready or gone before it fails the change. */
  default Duration deadline(HandlerContext ctx) {
    return ctx.options().execution().readinessTimeout();
  }

  /**
   * Error codes that mean "not yet" for this kind (a dependency still propagating, the resource
   * busy): the engine retries them. Throttling is the engine's own and need not be listed.
   */
  default Set<String> notYetCodes() {
    return Set.of();
  }

  /**
   * The logical ids {@code current}, as read back, refers to (the engine deletes it before them).
   * The default: every list item of every property.
   */
  default Set<String> references(CurrentResource current) {
    Set<String> out = new LinkedHashSet<>();
    current.properties().values().forEach(v -> out.addAll(TopologyMapping.items(v)));
    return out;
  }

  /** The CloudFormation type of this kind's main resource, e.g. {@code AWS::EC2::VPC}. */
  String cloudFormationType();

  /**
   * This kind's CloudFormation form of {@code desired}: its main resource (empty when the kind is
   * only extra resources, like one ingress resource per rule), with extra resources added through
   * {@code cfn}, under ids derived from the resource's own.
   */
  Optional<ObjectNode> cloudFormation(DesiredResource desired, TemplateAssembly cfn);

  /** Registration of servers with this kind, for kinds that balance load over servers (rolling changes). */
  default Optional<TargetRegistry> targets() {
    return Optional.empty();
  }
}
