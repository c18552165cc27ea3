/**
 * Topologies written with the DSL: the seed's reference deployment (2012 and today), the seed's
 * pitfalls on purpose, and scaled variants for benchmarks.
 */
package dev.tenkai.examples;
