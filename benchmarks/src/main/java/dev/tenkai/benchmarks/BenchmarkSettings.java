package dev.tenkai.benchmarks;

/**
 * Why every benchmark here shares one set of JMH settings: average time per operation in
 * milliseconds, with defaults short enough for a 2-core machine; override them on the command
 * line ({@code -f 1 -wi 2 -i 3 -w 1s -r 1s}).
 */
final class BenchmarkSettings {
  static final int FORKS = 1;
  static final int WARMUP_ITERATIONS = 3;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int SECONDS_PER_ITERATION = 1;

  private BenchmarkSettings() {}
}
