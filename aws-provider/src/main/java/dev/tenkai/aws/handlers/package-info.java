/** One handler per AWS resource kind: create, read (discover by the stack tag), update and delete. Nothing else lives here. */
package dev.tenkai.aws.handlers;
