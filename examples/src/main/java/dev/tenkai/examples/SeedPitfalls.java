package dev.tenkai.examples;

import dev.tenkai.dsl.Tenkai;
import dev.tenkai.model.Topology;
import java.time.Duration;

/**
 * A topology that repeats the seed's mistakes on purpose, so that the rules and analyses have
 * something to show. It is structurally valid: every mistake is legal, only unwise.
 */
public final class SeedPitfalls {
  private SeedPitfalls() {}

  /**
   * The seed's pitfalls in one deployment:
   *
   * <ul>
   *   <li>lesson 1: sticky sessions with one backend per zone;
   *   <li>lessons 2 and 4: every server restarted at once, a 20 s boot, and a health check that
   *       declares a backend dead after 10 s (2 failures, 5 s apart, no grace);
   *   <li>lesson 3: a burstable class ({@code t2.micro}) under steady load;
   *   <li>lesson 6: a single NAT instance for both zones;
   *   <li>lesson 9: a CNAME at the zone apex;
   *   <li>lesson 10: memcached asked to keep entries for 45 days (it cannot beyond 30);
   *   <li>lesson 11: and its nodes each hold a share of the data, so a zone loss empties half.
   * </ul>
   *
   * <p>Everything else is sound (a database standby, a bastion open only to the office,
   * non-burstable classes for the data), so that each finding the rules report points at one of
   * the lessons above.
   */
  public static Topology topology() {
    return Tenkai.topology("pitfalls", t -> t
        .region("ap-northeast-1")
        .zones("a", "c")
        .network("10.0.0.0/16", n -> n.publicTier().privateTier())
        .egress(e -> e.singleNatInstance("m1.small").in("a"))
        .bastion(b -> b.instanceClass("t3.micro").allowSshFrom(ReferenceDeployment.OFFICE))

        .loadBalancer("web-lb", lb -> lb
            .classic()
            .http(80)
            .stickySessions(Duration.ofHours(1))
            .healthCheck(h -> h
                .interval(Duration.ofSeconds(5))
                .unhealthyThreshold(2)
                .gracePeriod(Duration.ZERO)))
        .serverGroup("web", g -> g
            .perZone(1)
            .instanceClass("t2.micro")
            .steadyLoad(true)
            .software("nginx + Passenger (Rails)")
            .bootTime(Duration.ofSeconds(20))
            .restartAllAtOnce()
            .behind("web-lb"))
        .database("db", d -> d
            .mysql("5.5")
            .instanceClass("db.m5.large")
            .primaryIn("a").standbyIn("c"))
        .cache("cache", c -> c
            .memcached()
            .instanceClass("cache.m5.large")
            .perZone(1)
            .sharded()
            .longestExpiry(Duration.ofDays(45)))

        .dns("example.jp", z -> z
            .apex().cnameTo("web-lb")
            .record("www").cnameTo("web-lb"))

        .firewall(fw -> fw
            .allowInternet().to("web-lb").on(80)
            .allow("web-lb").to("web").on(80)
            .allowCidr(ReferenceDeployment.OFFICE).to("bastion").on(22)
            .allow("bastion").to("web").on(22)
            .allow("web").to("db").on(3306)
            .allow("web").to("cache").on(11211)
            .allowCidr("10.0.0.0/16").to("nat").onAllTraffic()));
  }
}
