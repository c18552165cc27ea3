/**
 * The {@code tenkai} command: one small picocli class per verb, all sharing {@link
 * dev.tenkai.cli.TopologyOptions} to say which topology to work on.
 */
package dev.tenkai.cli;
