/**
 * The Tenkai Maven plugin: {@code tenkai:validate} (fails the build on errors, writes SARIF),
 * {@code tenkai:diagram} (Mermaid or DOT) and {@code tenkai:export} (CloudFormation), each reading
 * the topology from a JSON file or from a class of the project.
 */
package dev.tenkai.maven;
