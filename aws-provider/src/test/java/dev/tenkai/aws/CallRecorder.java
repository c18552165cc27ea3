package dev.tenkai.aws;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Records every SDK call by operation name, to tell reading calls from mutating ones. */
public final class CallRecorder implements ExecutionInterceptor {
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String name = context.request().getClass().getSimpleName();
    calls.add(name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name);
  }

  /** Every call so far. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  /** The calls that are not Describe*, List* or Get*. */
  public List<String> mutating() {
    return calls.stream()
        .filter(c -> !(c.startsWith("Describe") || c.startsWith("List") || c.startsWith("Get")))
        .collect(Collectors.toList());
  }

  /** Forgets the calls so far. */
  public void clear() {
    calls.clear();
  }
}
