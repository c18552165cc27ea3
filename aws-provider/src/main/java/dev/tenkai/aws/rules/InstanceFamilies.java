package dev.tenkai.aws.rules;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Which instance-class families each service offers, as a small curated table.
 *
 * <p>Curated on 2026-11-27 from the EC2 "Instance types" and "Previous generation instances"
 * pages, the RDS "DB instance classes" page and the ElastiCache "Supported node types" page as the
 * project knew them; not checked against a live account (which lists the truth with {@code aws ec2
 * describe-instance-types} and {@code aws rds describe-orderable-db-instance-options}). A
 * family missing from the table is reported as unknown (a warning), never as rejected, because
 * AWS adds families faster than this table is updated. Only RDS's end-of-life families (M1, M2,
 * M3, R3, T1, retired in 2022-2023) are known to be refused for a new instance.
 */
final class InstanceFamilies {
  /** What the table knows of a family. */
  enum Status {
    /** Current generation. */
    CURRENT,
    /** Previous generation: may still be created, but not everywhere, and at worse price/performance. */
    PREVIOUS,
    /** No longer offered for new instances. */
    RETIRED,
    /** Not in the table. */
    UNKNOWN
  }

  private static final ImmutableMap<InstanceService, ImmutableSet<String>> CURRENT =
      ImmutableMap.of(
          InstanceService.EC2,
          ImmutableSet.of(
              "t2", "t3", "t3a", "t4g",
              "m5", "m5a", "m5ad", "m5d", "m5dn", "m5n", "m5zn", "m6a", "m6g", "m6gd", "m6i", "m6id",
              "m6idn", "m6in", "m7a", "m7g", "m7gd", "m7i", "m7i-flex", "m8a", "m8g", "m8gd", "m8i",
              "mac1", "mac2", "mac2-m2", "mac2-m2pro",
              "c5", "c5a", "c5ad", "c5d", "c5n", "c6a", "c6g", "c6gd", "c6gn", "c6i", "c6id", "c6in",
              "c7a", "c7g", "c7gd", "c7gn", "c7i", "c7i-flex", "c8g", "c8gd", "c8gn", "c8i",
              "r5", "r5a", "r5ad", "r5b", "r5d", "r5dn", "r5n", "r6a", "r6g", "r6gd", "r6i", "r6id",
              "r6idn", "r6in", "r7a", "r7g", "r7gd", "r7i", "r7iz", "r8g", "r8gd", "r8i",
              "x1", "x1e", "x2gd", "x2idn", "x2iedn", "x2iezn", "x8g", "z1d", "u-3tb1", "u-6tb1",
              "u-9tb1", "u-12tb1", "u-18tb1", "u-24tb1", "u7i-12tb", "u7in-16tb", "u7in-24tb", "u7in-32tb",
              "d3", "d3en", "h1", "i3", "i3en", "i4g", "i4i", "i7i", "i7ie", "i8g", "im4gn", "is4gen",
              "dl1", "f1", "f2", "g4ad", "g4dn", "g5", "g5g", "g6", "g6e", "gr6", "inf1", "inf2",
              "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en", "trn1", "trn1n", "trn2", "vt1",
              "hpc6a", "hpc6id", "hpc7a", "hpc7g"),
          InstanceService.RDS,
          ImmutableSet.of(
              "t3", "t4g",
              "m5", "m5d", "m6g", "m6gd", "m6i", "m6id", "m6idn", "m6in", "m7g", "m7gd", "m7i", "m8g", "m8gd",
              "r5", "r5b", "r5d", "r6g", "r6gd", "r6i", "r6id", "r6idn", "r6in", "r7g", "r7gd", "r7i", "r8g",
              "r8gd", "c6gd", "x1", "x1e", "x2g", "x2idn", "x2iedn", "x2iezn", "z1d"),
          InstanceService.ELASTICACHE,
          ImmutableSet.of(
              "t3", "t4g", "m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn"));

  private static final ImmutableMap<InstanceService, ImmutableSet<String>> PREVIOUS =
      ImmutableMap.of(
          InstanceService.EC2,
          ImmutableSet.of(
              "a1", "c1", "c3", "c4", "cc2", "cg1", "cr1", "d2", "g2", "g3", "g3s", "hi1", "hs1", "i2",
              "m1", "m2", "m3", "m4", "p2", "r3", "r4", "t1"),
          InstanceService.RDS,
          ImmutableSet.of("m4", "r4", "t2"),
          InstanceService.ELASTICACHE,
          ImmutableSet.of("c1", "m1", "m2", "m3", "m4", "r3", "r4", "t1", "t2"));

  private static final ImmutableMap<InstanceService, ImmutableSet<String>> RETIRED =
      ImmutableMap.of(
          InstanceService.EC2, ImmutableSet.of(),
          InstanceService.RDS, ImmutableSet.of("cr1", "m1", "m2", "m3", "r3", "t1"),
          InstanceService.ELASTICACHE, ImmutableSet.of());

  private InstanceFamilies() {}

  /** What the table knows of {@code family} on {@code service}. */
  static Status status(InstanceService service, String family) {
    if (CURRENT.get(service).contains(family)) {
      return Status.CURRENT;
    }
    if (RETIRED.get(service).contains(family)) {
      return Status.RETIRED;
    }
    if (PREVIOUS.get(service).contains(family)) {
      return Status.PREVIOUS;
    }
    return Status.UNKNOWN;
  }

  /** A few current families of {@code service}, for remediation messages. */
  static List<String> examples(InstanceService service) {
    switch (service) {
      case EC2:
        return List.of("m7i", "c7i", "r7i", "t3");
      case RDS:
        return List.of("m7g", "r7g", "t4g");
      case ELASTICACHE:
        return List.of("m7g", "r7g", "t4g");
    }
    throw new AssertionError(service);
  }
}
