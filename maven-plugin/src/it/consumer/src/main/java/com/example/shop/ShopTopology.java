package com.example.shop;

import dev.tenkai.dsl.Tenkai;
import dev.tenkai.model.Topology;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/** The shop's deployment: three zones, a load balancer, one web server per zone, MySQL with a standby. */
public final class ShopTopology {
  private ShopTopology() {}

  /** The topology, as the build's tenkai:validate reads it. */
  public static Topology topology() {
    return Tenkai.topology("shop", t -> t
        .region("ap-northeast-1")
        .zones("a", "c", "d")
        .network("10.20.0.0/16", n -> n
            .publicTier(p -> p.subnet("a", "10.20.0.0/24").subnet("c", "10.20.1.0/24").subnet("d", "10.20.2.0/24"))
            .privateTier(p -> p.subnet("a", "10.20.10.0/24").subnet("c", "10.20.11.0/24").subnet("d", "10.20.12.0/24")))
        .egress(e -> e.natGatewayPerZone())
        .loadBalancer("shop-lb", lb -> lb.http(80))
        .serverGroup("web", g -> g
            .perZone(1)
            .instanceClass("c6i.large")
            .bootTime(Duration.ofSeconds(20))
            .restartInBatchesOf(1)
            .minimumInService(2)
            .behind("shop-lb"))
        .database("db", d -> d
            .mysql("8.4")
            .instanceClass("db.m6g.large")
            .primaryIn("a").standbyIn("c")
            .backupWindow(LocalTime.of(17, 0), Duration.ofHours(1))
            .maintenanceWindow(DayOfWeek.MONDAY, LocalTime.of(19, 0), Duration.ofHours(1)))
        .dns("shop.example", z -> z
            .apex().aliasTo("shop-lb"))
        .firewall(fw -> fw
            .allowInternet().to("shop-lb").on(80)
            .allow("shop-lb").to("web").on(80)
            .allow("web").to("db").on(3306)));
  }
}
