package dev.tenkai.aws.apply;

import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.Plan;

/**
 * Progress of an apply or destroy, for a progress display or an audit log. Called from worker
 * threads: implementations must be thread-safe. Every method has an empty default.
 */
public interface ApplyListener {
  /** A listener that ignores everything. */
  ApplyListener NONE = new ApplyListener() {};

  /** The run starts with {@code plan}; {@code mutations} changes will call AWS. */
  default void started(Plan plan, int mutations) {}

  /** Validation errors were overridden for {@code reason}. */
  default void errorsOverridden(String reason, int errors) {}

  /** Work on {@code change} begins. */
  default void changeStarted(Change change) {}

  /** A handler waits for something, e.g. "nat-gateway/nat-a to be available". */
  default void waiting(String what) {}

  /** A call failed in a way worth retrying; attempt {@code attempt} follows. */
  default void retrying(Change change, int attempt, Throwable cause) {}

  /** A step of server group {@code group}'s rolling change begins, e.g. "2/5 replace [a: instance/web/a/1] (expected 1m05s)". */
  default void rolling(String group, String step) {}

  /** {@code change} is done. */
  default void changeFinished(Change change) {}

  /** {@code change} failed; the run stops starting new work. */
  default void changeFailed(Change change, Throwable cause) {}

  /** The run ended; {@code result} says how. */
  default void finished(ApplyResult result) {}

  /** Something happened to the stack's lock that a person should know: a stale lock broken, a failed release. */
  default void lockNotice(String message) {}
}
