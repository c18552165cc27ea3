/**
 * Load-balancing rules (TK-LB-*): seed lessons 1, 2 and 4 (stickiness across zones, restarts
 * that detach every backend, health checks shorter than a boot).
 */
package dev.tenkai.rules.balancing;
