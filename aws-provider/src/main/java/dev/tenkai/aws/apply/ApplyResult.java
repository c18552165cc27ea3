package dev.tenkai.aws.apply;

import com.google.common.collect.ImmutableList;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.StackState;
import java.util.List;

/**
 * How a run ended: the changes done, the ones that failed (with their causes) and the ones never
 * started, and the stack's state afterwards.
 */
public final class ApplyResult {
  private final ImmutableList<Change> done;
  private final ImmutableList<Failure> failed;
  private final ImmutableList<Change> notStarted;
  private final StackState state;

  /** A failed change and why. @param change the change @param cause what went wrong */
  public record Failure(Change change, Throwable cause) {}

  ApplyResult(List<Change> done, List<Failure> failed, List<Change> notStarted, StackState state) {
    this.done = ImmutableList.copyOf(done);
    this.failed = ImmutableList.copyOf(failed);
    this.notStarted = ImmutableList.copyOf(notStarted);
    this.state = state;
  }

  /** The changes done. */
  public ImmutableList<Change> done() {
    return done;
  }

  /** The changes that failed. */
  public ImmutableList<Failure> failed() {
    return failed;
  }

  /** The changes never started because an earlier one failed. */
  public ImmutableList<Change> notStarted() {
    return notStarted;
  }

  /** Whether every change was done. */
  public boolean succeeded() {
    return failed.isEmpty() && notStarted.isEmpty();
  }

  /** The stack's state after the run. */
  public StackState state() {
    return state;
  }

  /** One line: "12 done" or "10 done, 1 failed (instance/web/a/1: ...), 3 not started". */
  public String summary() {
    if (succeeded()) {
      return done.size() + " done";
    }
    StringBuilder b = new StringBuilder().append(done.size()).append(" done, ").append(failed.size()).append(" failed");
    failed.stream().findFirst().ifPresent(f -> b.append(" (").append(f.change().logicalId()).append(": ").append(f.cause().getMessage()).append(')'));
    return b.append(", ").append(notStarted.size()).append(" not started").toString();
  }
}
