/**
 * JMH benchmarks of Tenkai's in-process pipeline (build, validate, analyse, JSON), at sizes from
 * the reference deployment to 100,000 servers, and the generators of the topologies they use.
 * Run them from {@code benchmarks/target/benchmarks.jar}; {@code mvn verify} only compiles them.
 */
package dev.tenkai.benchmarks;
