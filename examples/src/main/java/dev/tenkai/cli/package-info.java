/**
 * The {@code tenkai} command: one small picocli class per verb, all sharing {@link
 * dev.tenkai.cli.TopologyOptions} to say which topology to work on; plan, apply and destroy also
 * share {@link dev.tenkai.cli.AwsTargetOptions} (where to: a local emulator, an endpoint, AWS) and
 * apply and destroy {@link dev.tenkai.cli.ConfirmationOptions} (ask, or refuse without a terminal).
 */
package dev.tenkai.cli;
