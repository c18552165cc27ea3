/**
 * The validation engine: {@link dev.tenkai.rules.Rule}s (one small pure class each, identified by
 * {@link dev.tenkai.rules.RuleInfo}), grouped in {@link dev.tenkai.rules.RulePack}s and run by the
 * {@link dev.tenkai.rules.Validator}, which turns their violations into
 * {@link dev.tenkai.rules.Finding}s.
 */
package dev.tenkai.rules;
