package dev.tenkai.aws.handlers;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import dev.tenkai.aws.AwsClients;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.StackTags;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.StackState;
import dev.tenkai.aws.plan.TopologyMapping;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * What a handler may use: the clients, the options, the stack's state so far (to turn logical ids
 * into physical ids and back), the tags to put on a new resource, a client token, the waiter
 * configuration, and a way to report that it is waiting.
 */
public final class HandlerContext {
  private final AwsClients clients;
  private final AwsOptions options;
  private final StackState state;
  private final String runId;
  private final boolean skipFinalSnapshot;
  private final Set<String> managedRecords;
  private final Consumer<String> progress;

  /**
   * A context for one run.
   *
   * @param runId the plan's id (client tokens derive from it)
   * @param skipFinalSnapshot whether deleting a database skips its final snapshot
   * @param managedRecords the logical ids of the DNS records the topology names (the stack's
   *     records in a hosted zone it does not own)
   * @param progress receives "waiting for ..." messages
   */
  public HandlerContext(
      AwsClients clients,
      AwsOptions options,
      StackState state,
      String runId,
      boolean skipFinalSnapshot,
      Set<String> managedRecords,
      Consumer<String> progress) {
    this.clients = clients;
    this.options = options;
    this.state = state;
    this.runId = runId;
    this.skipFinalSnapshot = skipFinalSnapshot;
    this.managedRecords = Set.copyOf(managedRecords);
    this.progress = progress;
  }

  /**
   * The physical ids of the resources whose logical ids are listed in {@code d}'s property
   * {@code property} (e.g. a database's security groups), in order.
   */
  public List<String> physicalIds(DesiredResource d, String property) {
    return TopologyMapping.items(d.property(property)).stream()
        .map(state()::physicalId)
        .collect(Collectors.toList());
  }

  /** The SDK clients. */
  public AwsClients clients() {
    return clients;
  }

  /** The provider options. */
  public AwsOptions options() {
    return options;
  }

  /** The stack's state: what exists so far, by logical id. */
  public StackState state() {
    return state;
  }

  /** The stack's name. */
  public String stack() {
    return state.stack();
  }

  /** The tags a new resource {@code logicalId} carries. */
  public Map<String, String> tags(String logicalId) {
    return ImmutableMap.of(StackTags.STACK, stack(), StackTags.LOGICAL_ID, logicalId);
  }

  /**
   * An idempotency token for creating {@code logicalId} in this run (at most 64 characters): a
   * retried call of the same run creates nothing twice, a later run creates afresh.
   */
  public String clientToken(String logicalId) {
    return Hashing.sha256().hashString(runId + "/" + stack() + "/" + logicalId, StandardCharsets.UTF_8).toString().substring(0, 48);
  }

  /** Whether deleting a database skips its final snapshot. */
  public boolean skipFinalSnapshot() {
    return skipFinalSnapshot;
  }

  /** The logical ids of the DNS records the topology names. */
  public Set<String> managedRecords() {
    return managedRecords;
  }

  /** The run's id. */
  public String runId() {
    return runId;
  }

  /** How SDK waiters poll and when they give up. */
  public Consumer<WaiterOverrideConfiguration.Builder> waiting() {
    return w -> w.waitTimeout(options.execution().readinessTimeout())
        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(options.execution().pollInterval()))
        .maxAttempts(Integer.MAX_VALUE);
  }

  /** Reports that the handler is waiting, e.g. "waiting for nat-gateway/nat-a to be available". */
  public void waitingFor(String what) {
    progress.accept(what);
  }
}
