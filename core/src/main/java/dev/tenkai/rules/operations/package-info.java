/**
 * Operations rules (TK-OPS-*): seed lessons 3 and 5 (burstable hosts under steady load, scheduled
 * work during peak hours) and engine versions past their end of life.
 */
package dev.tenkai.rules.operations;
