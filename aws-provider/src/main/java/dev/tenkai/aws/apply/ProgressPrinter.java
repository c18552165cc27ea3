package dev.tenkai.aws.apply;

import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.Plan;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link ApplyListener} that prints one line per event, numbered against the plan's size:
 * what a terminal shows while apply or destroy runs. Prints names and reasons, never request
 * contents, so no secret can reach the output. One printer may follow several runs in turn; each
 * run's count starts at its {@link #started}.
 */
public final class ProgressPrinter implements ApplyListener {
  private final PrintStream out;
  private final AtomicInteger finished = new AtomicInteger();
  private volatile int total;

  /** A printer writing to {@code out}. */
  public ProgressPrinter(PrintStream out) {
    this.out = out;
  }

  private synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  private static String verb(Change c) {
    switch (c.action()) {
      case CREATE:
        return "creating";
      case UPDATE:
        return "updating";
      case REPLACE:
        return "replacing";
      case DELETE:
        return "deleting";
      default:
        return "keeping";
    }
  }

  @Override
  public void started(Plan plan, int mutations) {
    // A printer may serve several runs (apply, then destroy): each counts from its own start.
    finished.set(0);
    total = mutations;
    line(mutations == 0 ? "Nothing to do: stack " + plan.desired().stack() + " is up to date."
        : "Applying " + mutations + " change(s) to stack " + plan.desired().stack() + " (" + plan.summary() + ")");
  }

  @Override
  public void errorsOverridden(String reason, int errors) {
    line("  ! " + errors + " validation error(s) overridden: " + reason);
  }

  @Override
  public void changeStarted(Change change) {
    line("  " + change.action().symbol() + " " + verb(change) + " " + change.logicalId());
  }

  @Override
  public void rolling(String group, String step) {
    line("  ~ rolling " + group + ": step " + step);
  }

  @Override
  public void waiting(String what) {
    line("    ... waiting for " + what);
  }

  @Override
  public void retrying(Change change, int attempt, Throwable cause) {
    line("    ... retrying " + change.logicalId() + " (attempt " + attempt + "): " + cause.getMessage());
  }

  @Override
  public void changeFinished(Change change) {
    line(String.format(Locale.ROOT, "  [%d/%d] %s %s", finished.incrementAndGet(), total, change.logicalId(),
        change.action() == dev.tenkai.aws.plan.ChangeAction.DELETE ? "deleted" : "done"));
  }

  @Override
  public void changeFailed(Change change, Throwable cause) {
    line("  ! " + change.logicalId() + " failed: " + cause.getMessage());
  }

  @Override
  public void lockNotice(String message) {
    line("  ! lock: " + message);
  }

  @Override
  public void finished(ApplyResult result) {
    line((result.succeeded() ? "Done: " : "Stopped: ") + result.summary());
  }
}
