/**
 * The AWS provider's rule pack: AWS's own constraints (name limits, CIDR sizes, zone counts,
 * target-group ranges, DNS alias rules, quotas, offered engine versions and instance classes),
 * checked offline on the model, one small pure class per rule, ids {@code AWS-NNN}. Entry points:
 * {@link dev.tenkai.aws.rules.AwsRules#pack()} and {@link dev.tenkai.aws.rules.AwsNames}, the
 * derivation of AWS names that the provider must use.
 */
package dev.tenkai.aws.rules;
