/** A local AWS emulator (moto_server) started and stopped by Tenkai, for tests and the CLI's local mode. */
package dev.tenkai.aws.local;
