/** Carrying out a plan: the validation gate, dependency-ordered bounded-parallel execution, retries of AWS's "not yet" errors, and progress listeners. */
package dev.tenkai.aws.apply;
