package dev.tenkai.benchmarks.apply;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts SDK calls (not retried attempts) by operation and by the resource kind whose handler made
 * them: the kind comes from {@link ApplyTimeline}, which knows which change a worker thread is on;
 * calls made elsewhere (discovery, the stack lock) count under {@link #OUTSIDE}.
 */
public final class CallLedger implements ExecutionInterceptor {
  /** The bucket of calls made outside any change (planning, discovery, the stack lock). */
  public static final String OUTSIDE = "(outside changes)";

  private final Map<String, Map<String, LongAdder>> byBucket = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String name = context.request().getClass().getSimpleName();
    String op = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    String bucket = ApplyTimeline.currentKind().orElse(OUTSIDE);
    byBucket.computeIfAbsent(bucket, b -> new ConcurrentHashMap<>()).computeIfAbsent(op, o -> new LongAdder()).increment();
  }

  /** Whether {@code operation} only reads (Describe*, List*, Get*). */
  public static boolean reads(String operation) {
    return operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get");
  }

  /** Calls so far: bucket (resource kind label or {@link #OUTSIDE}) to operation to count, sorted. */
  public Map<String, Map<String, Long>> snapshot() {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    byBucket.forEach((bucket, ops) -> {
      Map<String, Long> m = new TreeMap<>();
      ops.forEach((op, n) -> m.put(op, n.sum()));
      out.put(bucket, m);
    });
    return out;
  }

  /** Reading calls so far, by operation, across buckets. */
  public Map<String, Long> reading() {
    return select(true);
  }

  /** Mutating calls so far, by operation, across buckets. */
  public Map<String, Long> mutating() {
    return select(false);
  }

  private Map<String, Long> select(boolean reading) {
    Map<String, Long> out = new TreeMap<>();
    snapshot().values().forEach(ops -> ops.forEach((op, n) -> {
      if (reads(op) == reading) {
        out.merge(op, n, Long::sum);
      }
    }));
    return out;
  }

  /** Forgets every call so far. */
  public void clear() {
    byBucket.clear();
  }
}
