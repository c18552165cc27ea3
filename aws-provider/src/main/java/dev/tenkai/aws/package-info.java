/** The AWS provider: realizes a Tenkai topology on AWS with the AWS SDK for Java v2. Start at {@link dev.tenkai.aws.AwsProvider}; choices the model does not carry live in {@link dev.tenkai.aws.AwsOptions}. */
package dev.tenkai.aws;
