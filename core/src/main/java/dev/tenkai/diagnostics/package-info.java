/** Tenkai's diagnostic logging through SLF4J, silent (and warning-free) without a backend. */
package dev.tenkai.diagnostics;
