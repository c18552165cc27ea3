/**
 * The end-to-end apply benchmark: a local emulator, a simulated per-call latency, call counting and
 * the critical path of the dependency graph ({@link dev.tenkai.benchmarks.apply.ApplyBenchmark}).
 */
package dev.tenkai.benchmarks.apply;
