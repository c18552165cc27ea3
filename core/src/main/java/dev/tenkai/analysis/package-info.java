/**
 * Offline failure analysis of a topology, before anything is deployed: what happens when zones go
 * down ({@link dev.tenkai.analysis.ZoneFailure}), which single component losses take an entry
 * point down ({@link dev.tenkai.analysis.SinglePointsOfFailure}), and how a restart or deploy of a
 * server group plays out behind its load balancer ({@link dev.tenkai.analysis.RestartTimeline}).
 *
 * <p>Every analysis works on the model's counts per zone and never on individual servers, so a
 * topology of 100,000 servers is analyzed as fast as one of four.
 */
package dev.tenkai.analysis;
