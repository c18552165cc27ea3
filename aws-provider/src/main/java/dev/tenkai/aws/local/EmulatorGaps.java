package dev.tenkai.aws.local;

import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Turns the emulator's answer to an action it does not implement (moto answers a bare HTTP 500
 * with no error code, e.g. to ElastiCache's DeleteCacheSubnetGroup) into an error that says so,
 * instead of a blank service error: the gap is the emulator's, and AWS would carry the call out.
 */
final class EmulatorGaps implements ExecutionInterceptor {
  private final String endpoint;

  EmulatorGaps(String endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
    Throwable e = context.exception();
    if (e instanceof SdkServiceException s && s.statusCode() == 500 && !hasErrorCode(s)) {
      String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
      String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
      // The SDK wants the same exception type back: the service's own, with a message that says what happened.
      return s.toBuilder().message("the emulator at " + endpoint + " cannot do " + service + " " + operation
          + " (it answers HTTP 500 with no error code: moto does not implement it); AWS would carry it out").build();
    }
    return e;
  }

  private static boolean hasErrorCode(SdkServiceException e) {
    return e instanceof AwsServiceException a && a.awsErrorDetails() != null
        && a.awsErrorDetails().errorCode() != null && !a.awsErrorDetails().errorCode().isBlank();
  }
}
