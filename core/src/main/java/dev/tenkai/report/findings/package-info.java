/**
 * Reports of validation findings for people and tools: text grouped by severity, JSON, and SARIF
 * 2.1.0 for code-scanning tools, plus the exit code a command should return.
 */
package dev.tenkai.report.findings;
