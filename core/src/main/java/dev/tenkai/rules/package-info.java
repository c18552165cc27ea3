/**
 * The validation engine: {@link dev.tenkai.rules.Rule}s (one small pure class each, identified by
 * {@link dev.tenkai.rules.RuleInfo}), grouped in {@link dev.tenkai.rules.RulePack}s and run by the
 * {@link dev.tenkai.rules.Validator}, which turns their violations into
 * {@link dev.tenkai.rules.Finding}s. {@link dev.tenkai.rules.BuiltInRules} holds Tenkai's own
 * catalogue, one sub-package per family; {@link dev.tenkai.rules.RuleCatalogDocument} writes it
 * out as {@code docs/rules.md}.
 */
package dev.tenkai.rules;
