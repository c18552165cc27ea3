package dev.tenkai.aws.rules;

/** The AWS service that runs an instance class, and the prefix its class names carry. */
enum InstanceService {
  /** EC2 (servers, bastion, NAT instances, self-run cache nodes): {@code c6i.large}. */
  EC2("", "EC2"),
  /** RDS (databases): {@code db.m6g.large}. */
  RDS("db.", "RDS"),
  /** ElastiCache (managed caches): {@code cache.m6g.large}. */
  ELASTICACHE("cache.", "ElastiCache");

  private final String prefix;
  private final String displayName;

  InstanceService(String prefix, String displayName) {
    this.prefix = prefix;
    this.displayName = displayName;
  }

  /** The prefix of the service's class names; empty for EC2. */
  String prefix() {
    return prefix;
  }

  /** The service's name for messages. */
  String displayName() {
    return displayName;
  }
}
