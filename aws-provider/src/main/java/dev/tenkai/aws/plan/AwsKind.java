package dev.tenkai.aws.plan;

/**
 * The AWS resource kinds Tenkai creates, in the order they are discovered: a kind is read after
 * every kind its resources refer to, so references read back as logical ids.
 */
public enum AwsKind {
  /** An EC2 VPC. */
  VPC("vpc"),
  /** A subnet: one per tier per zone. */
  SUBNET("subnet"),
  /** An internet gateway, attached to the VPC. */
  INTERNET_GATEWAY("internet-gateway"),
  /** A security group, without its rules (they are {@link #SECURITY_GROUP_INGRESS}). */
  SECURITY_GROUP("security-group"),
  /** The ingress rules of one security group, which may reference other groups. */
  SECURITY_GROUP_INGRESS("ingress"),
  /** An EC2 launch template per server group: IMDSv2 required, encrypted root volume. */
  LAUNCH_TEMPLATE("launch-template"),
  /** An EC2 instance: bastion, server, NAT instance or self-run cache node. */
  INSTANCE("instance"),
  /** An Elastic IP, possibly associated with an instance. */
  ELASTIC_IP("eip"),
  /** A managed NAT gateway. */
  NAT_GATEWAY("nat-gateway"),
  /** A route table with its default route and subnet associations. */
  ROUTE_TABLE("route-table"),
  /** An application load balancer. */
  LOAD_BALANCER("load-balancer"),
  /** A target group with its health check, attributes and registered targets. */
  TARGET_GROUP("target-group"),
  /** A load-balancer listener forwarding to a target group. */
  LISTENER("listener"),
  /** An RDS DB subnet group. */
  DB_SUBNET_GROUP("db-subnet-group"),
  /** An RDS DB instance. */
  DB_INSTANCE("db-instance"),
  /** An ElastiCache subnet group. */
  CACHE_SUBNET_GROUP("cache-subnet-group"),
  /** An ElastiCache replication group (Redis, Valkey). */
  CACHE_REPLICATION_GROUP("replication-group"),
  /** An ElastiCache memcached cluster. */
  CACHE_CLUSTER("cache-cluster"),
  /** A Route 53 hosted zone. */
  HOSTED_ZONE("hosted-zone"),
  /** A Route 53 record set. */
  DNS_RECORD("dns-record");

  private final String label;

  AwsKind(String label) {
    this.label = label;
  }

  /** The kind's short name, the first segment of its logical ids. */
  public String label() {
    return label;
  }
}
