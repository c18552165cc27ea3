package dev.tenkai.examples;

import dev.tenkai.dsl.Tenkai;
import dev.tenkai.model.Topology;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The seed's reference deployment (docs/reference-deployment.md), written with the DSL: a Rails
 * service on a private network over two zones of the Tokyo region, behind a load balancer, with
 * MySQL and a replicated cache. {@link #of2012()} is what the team built in 2012; {@link
 * #modern()} is the same architecture with today's managed parts.
 */
public final class ReferenceDeployment {
  /** The office block the administrators come from (a documentation range, RFC 5737). */
  static final String OFFICE = "203.0.113.0/24";

  /** A reference to the HTTPS certificate; the key never appears in a model. */
  static final String CERTIFICATE = "arn:aws:acm:ap-northeast-1:111122223333:certificate/example";

  private ReferenceDeployment() {}

  /**
   * Today's variant: a NAT gateway per zone, an application load balancer with HTTPS, MySQL 8.4
   * with a standby, a Redis-compatible managed cache, two servers per zone.
   */
  public static Topology modern() {
    return Tenkai.topology("reference", t -> t
        .region("ap-northeast-1")
        .zones("a", "c")
        .service(s -> s
            .confidentialData()
            .peakHours(ZoneId.of("Asia/Tokyo"), LocalTime.of(13, 0), LocalTime.of(1, 0)))

        // A private network: public subnets for the load balancer, NAT and bastion,
        // private subnets for everything else; one subnet per tier and zone.
        .network("10.0.0.0/16", n -> n
            .publicTier(p -> p.subnet("a", "10.0.0.0/24").subnet("c", "10.0.1.0/24"))
            .privateTier(p -> p.subnet("a", "10.0.10.0/24").subnet("c", "10.0.11.0/24")))
        .egress(e -> e.natGatewayPerZone())
        .bastion(b -> b.in("a").instanceClass("t3.micro").allowSshFrom(OFFICE))

        // Load balancer -> web/app servers -> MySQL and cache.
        .loadBalancer("web-lb", lb -> lb
            .http(80)
            .https(443, CERTIFICATE))
        .serverGroup("web", g -> g
            .perZone(2)
            .instanceClass("c6i.large")
            .software("nginx + Passenger (Rails)")
            .bootTime(Duration.ofSeconds(20))
            .restartInBatchesOf(1)
            .minimumInService(2)
            .behind("web-lb"))
        .database("db", d -> d
            .mysql("8.4")
            .instanceClass("db.m6g.large")
            .primaryIn("a").standbyIn("c")
            // 02:00 daily and Tuesday 04:00 in Tokyo: outside the 13:00-01:00 peak, and an hour apart
            // (RDS refuses a backup window that touches the maintenance window).
            .backupWindow(LocalTime.of(17, 0), Duration.ofHours(1))
            .maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1)))
        .cache("cache", c -> c
            .redis("7.1")
            .instanceClass("cache.m6g.large")
            .perZone(1)
            .replicated()
            .longestExpiry(Duration.ofDays(60)))

        // The apex cannot be a CNAME: alias it to the load balancer.
        .dns("example.jp", z -> z
            .apex().aliasTo("web-lb")
            .record("www").cnameTo("web-lb", Duration.ofMinutes(5)))

        // Security groups: the only firewall.
        .firewall(fw -> fw
            .allowInternet().to("web-lb").on(80)
            .allow("web-lb").to("web").on(80)
            .allow("bastion").to("web").on(22)
            .allowCidr(OFFICE).to("bastion").on(22)
            .allowInternet().to("web-lb").on(443)
            .allow("web").to("db").on(3306)
            .allow("web").to("cache").on(6379)));
  }

  /**
   * As built in 2012: zones a and c, one NAT instance, a bastion, a classic load balancer,
   * nginx + Passenger app servers one per zone, MySQL 5.5 with a standby (Multi-AZ), KyotoTycoon
   * speaking memcached on our own hosts, replicated across the zones.
   */
  public static Topology of2012() {
    return Tenkai.topology("reference-2012", t -> t
        .region("ap-northeast-1")
        .zones("a", "c")
        .service(s -> s
            .confidentialData()
            .peakHours(ZoneId.of("Asia/Tokyo"), LocalTime.of(13, 0), LocalTime.of(1, 0)))

        .network("10.0.0.0/16", n -> n
            .publicTier(p -> p.subnet("a", "10.0.0.0/24").subnet("c", "10.0.1.0/24"))
            .privateTier(p -> p.subnet("a", "10.0.10.0/24").subnet("c", "10.0.11.0/24")))
        // One NAT instance with an Elastic IP; every private subnet routes 0.0.0.0/0 to it.
        .egress(e -> e.singleNatInstance("m1.small").in("a"))
        .bastion(b -> b.in("a").instanceClass("m1.small").allowSshFrom(OFFICE))

        .loadBalancer("web-lb", lb -> lb
            .classic()
            .http(80))
        .serverGroup("web", g -> g
            .perZone(1)
            .instanceClass("c1.medium")
            .software("nginx + Passenger (Rails 3.2) on CentOS 6.2")
            .bootTime(Duration.ofSeconds(20))
            .restartInBatchesOf(1)
            .behind("web-lb"))
        .database("db", d -> d
            .mysql("5.5")
            .instanceClass("db.m1.small")
            .primaryIn("a").standbyIn("c")
            .backupWindow(LocalTime.of(17, 0), Duration.ofHours(1))
            .maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1)))
        // memcached cannot hold an expiry over 30 days and repcached is stuck on 1.2.8:
        // KyotoTycoon with its memcached plug-in, one node per zone, replicated.
        .cache("cache", c -> c
            .kyotoTycoon()
            .selfRun()
            .instanceClass("m1.small")
            .perZone(1)
            .replicated()
            .longestExpiry(Duration.ofDays(60)))

        .dns("example.jp", z -> z
            .apex().aliasTo("web-lb")
            .record("www").cnameTo("web-lb", Duration.ofMinutes(5)))

        .firewall(fw -> fw
            .allowInternet().to("web-lb").on(80)
            .allow("web-lb").to("web").on(80)
            .allow("bastion").to("web").on(22)
            .allowCidr(OFFICE).to("bastion").on(22)
            .allow("web").to("db").on(3306)
            .allow("web").to("cache").on(11211)
            .allowCidr("10.0.0.0/16").to("nat").onAllTraffic()
                .because("private hosts reach the internet through the NAT instance")));
  }
}
