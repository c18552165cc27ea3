package dev.tenkai.aws.fidelity;

import java.time.Instant;
import software.amazon.awssdk.core.SdkRequest;

/**
 * One SDK call as the fidelity layer sees it.
 *
 * @param service the SDK's service name ("Ec2", "ElasticLoadBalancingV2", "Rds", "ElastiCache", ...)
 * @param operation the API action, e.g. "CreateRouteTable"
 * @param request the request
 * @param now the virtual time of the call
 */
public record Call(String service, String operation, SdkRequest request, Instant now) {
  /** Whether the request names {@code id} anywhere (an id, an ARN, a name). */
  public boolean mentions(String id) {
    return request.toString().contains(id);
  }

  /** Whether this is {@code operation} of {@code service}. */
  public boolean is(String service, String operation) {
    return this.service.equals(service) && this.operation.equals(operation);
  }
}
