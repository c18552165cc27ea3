/**
 * The topology as a CloudFormation template, built from the AWS provider's own mapping
 * ({@link dev.tenkai.aws.plan.TopologyMapping}) so that exporter and provider never drift: {@link
 * dev.tenkai.aws.cloudformation.CloudFormationTemplate} is the entry point.
 */
package dev.tenkai.aws.cloudformation;
