package dev.tenkai.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The allowed flows, written as sentences: "allow web-lb to web on 80". Each rule names its
 * source, then its destination, then its ports; only then is it part of the firewall, so a
 * half-written rule does not compile inside {@link TopologySpec#firewall}'s expression lambda. In
 * a block lambda, where a statement's value can be dropped, a half-written rule fails the
 * topology's build naming it ("firewall rule 'internet -> web-lb' has no port: add .on(PORT)"),
 * and the steps that begin a rule are {@link CheckReturnValue}, so Error Prone flags the dropped
 * value at compile time.
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
  @CheckReturnValue
  Source allow(String role);

  /**
   * A flow from the addresses of {@code cidr}.
   *
   * <pre>{@code fw.allowCidr("203.0.113.0/24").to("bastion").on(22)}</pre>
   */
  @CheckReturnValue
  Source allowCidr(String cidr);

  /**
   * A flow from anywhere ({@code 0.0.0.0/0}).
   *
   * <pre>{@code fw.allowInternet().to("web-lb").on(443)}</pre>
   */
  @CheckReturnValue
  Source allowInternet();

  /** A rule that has its source and needs its destination; left so, it fails the build. */
  @CheckReturnValue
  interface Source {
    /**
     * The role that receives the traffic.
     *
     * <pre>{@code fw.allow("web").to("db").on(3306)}</pre>
     */
    Destination to(String role);
  }

  /** A rule that has its source and destination and needs its ports; left so, it fails the build. */
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
