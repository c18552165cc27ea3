package dev.tenkai.benchmarks.apply;

import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.plan.Change;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each change of an apply started and finished (by logical id), and which change each worker
 * thread is on, so that {@link CallLedger} can charge a call to a resource kind. The executor calls
 * {@code changeStarted} and {@code changeFinished} on the worker thread that runs the change.
 */
public final class ApplyTimeline implements ApplyListener {
  private static final ThreadLocal<String> KIND = new ThreadLocal<>();

  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, Long> finished = new ConcurrentHashMap<>();
  private final Map<String, String> kinds = new ConcurrentHashMap<>();

  /** The kind label of the change the calling thread works on, if any. */
  static Optional<String> currentKind() {
    return Optional.ofNullable(KIND.get());
  }

  @Override
  public void changeStarted(Change change) {
    KIND.set(change.kind().label());
    kinds.put(change.logicalId(), change.kind().label());
    started.put(change.logicalId(), System.nanoTime());
  }

  @Override
  public void changeFinished(Change change) {
    finished.put(change.logicalId(), System.nanoTime());
    KIND.remove();
  }

  @Override
  public void changeFailed(Change change, Throwable cause) {
    KIND.remove();
  }

  /** How long each finished change's handler took, in milliseconds, by logical id. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new TreeMap<>();
    finished.forEach((id, end) -> {
      Long start = started.get(id);
      if (start != null) {
        out.put(id, (end - start) / 1_000_000);
      }
    });
    return out;
  }

  /** Milliseconds from {@code originNanos} to the first change's start, or -1 when none started. */
  public long firstStartMillis(long originNanos) {
    return started.values().stream().mapToLong(Long::longValue).min().stream().map(t -> (t - originNanos) / 1_000_000).findFirst().orElse(-1);
  }

  /** Milliseconds from {@code originNanos} to the last change's end, or -1 when none finished. */
  public long lastFinishMillis(long originNanos) {
    return finished.values().stream().mapToLong(Long::longValue).max().stream().map(t -> (t - originNanos) / 1_000_000).findFirst().orElse(-1);
  }

  /** The kind label of each change seen, by logical id. */
  public Map<String, String> kinds() {
    return new TreeMap<>(kinds);
  }
}
