package dev.tenkai.dsl;

/**
 * The allowed flows, written as sentences: "allow web-lb to web on 80". Each rule names its
 * source, then its destination, then its ports; only then is it part of the firewall, so a
 * half-written rule does not compile inside {@link TopologySpec#firewall}.
 *
 * <pre>{@code
 * t.firewall(fw -> fw
 *     .allowInternet().to("web-lb").on(80)
 *     .allow("web-lb").to("web").on(80)
 *     .allowCidr("203.0.113.0/24").to("bastion").on(22)
 *     .allowCidr("10.0.0.0/16").to("nat").onAllTraffic().because("private hosts reach out"))
 * }</pre>
 */
public interface Firewall {
  /**
   * A flow from the role {@code role} (a resource name: web-lb, web, bastion ...).
   *
   * <pre>{@code fw.allow("web-lb").to("web").on(80)}</pre>
   */
  Source allow(String role);

  /**
   * A flow from the addresses of {@code cidr}.
   *
   * <pre>{@code fw.allowCidr("203.0.113.0/24").to("bastion").on(22)}</pre>
   */
  Source allowCidr(String cidr);

  /**
   * A flow from anywhere ({@code 0.0.0.0/0}).
   *
   * <pre>{@code fw.allowInternet().to("web-lb").on(443)}</pre>
   */
  Source allowInternet();

  /** A rule that has its source and needs its destination. */
  interface Source {
    /**
     * The role that receives the traffic.
     *
     * <pre>{@code fw.allow("web").to("db").on(3306)}</pre>
     */
    Destination to(String role);
  }

  /** A rule that has its source and destination and needs its ports. */
  interface Destination {
    /**
     * TCP on {@code port}.
     *
     * <pre>{@code fw.allow("web").to("db").on(3306)}</pre>
     */
    Allowed on(int port);

    /**
     * TCP on the ports {@code from} to {@code to}, inclusive.
     *
     * <pre>{@code fw.allow("web").to("cache").onPorts(11211, 11212)}</pre>
     */
    Allowed onPorts(int from, int to);

    /**
     * UDP on {@code port}.
     *
     * <pre>{@code fw.allow("web").to("metrics").onUdp(8125)}</pre>
     */
    Allowed onUdp(int port);

    /**
     * ICMP (ping and path-MTU discovery); ports do not apply.
     *
     * <pre>{@code fw.allowCidr("10.0.0.0/16").to("web").onIcmp()}</pre>
     */
    Allowed onIcmp();

    /**
     * Every protocol and port.
     *
     * <pre>{@code fw.allowCidr("10.0.0.0/16").to("nat").onAllTraffic()}</pre>
     */
    Allowed onAllTraffic();
  }

  /** A complete rule; more rules may follow, or a reason for this one. */
  interface Allowed extends Firewall {
    /**
     * Why the flow exists, for people; kept in the model.
     *
     * <pre>{@code fw.allow("bastion").to("web").on(22).because("administration over SSH")}</pre>
     */
    Firewall because(String description);
  }
}
