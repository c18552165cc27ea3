package dev.tenkai.aws.fidelity;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.elasticache.model.ElastiCacheException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.rds.model.RdsException;

/** The errors AWS answers with, built as each service's own exception type so callers catch them as they would AWS's. */
public final class AwsErrors {
  /** The SDK's name for EC2. */
  public static final String EC2 = "Ec2";
  /** The SDK's name for Elastic Load Balancing v2. */
  public static final String ELB = "ElasticLoadBalancingV2";
  /** The SDK's name for RDS. */
  public static final String RDS = "Rds";
  /** The SDK's name for ElastiCache. */
  public static final String ELASTICACHE = "ElastiCache";

  private AwsErrors() {}

  /** HTTP 400 with the error {@code code} and {@code message}, of {@code service}'s exception type; marked as played by the fidelity layer. */
  public static AwsServiceException of(String service, String code, String message) {
    AwsServiceException.Builder b = switch (service) {
      case EC2 -> Ec2Exception.builder();
      case ELB -> ElasticLoadBalancingV2Exception.builder();
      case RDS -> RdsException.builder();
      case ELASTICACHE -> ElastiCacheException.builder();
      default -> AwsServiceException.builder();
    };
    return b.statusCode(400).message(message + " (played by the fidelity layer)")
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName(service).build())
        .build();
  }
}
