/**
 * The fluent DSL: a topology written as the architecture reads, in the style of the AWS SDK v2
 * builders that take lambdas.
 *
 * <pre>{@code
 * Topology shop = Tenkai.topology("shop", t -> t
 *     .region("ap-northeast-1")
 *     .zones("a", "c")
 *     .network("10.0.0.0/16", n -> n.publicTier().privateTier())
 *     .egress(e -> e.natGatewayPerZone())
 *     .loadBalancer("web-lb", lb -> lb.http(80))
 *     .serverGroup("web", g -> g.perZone(2).instanceClass("c6i.large").behind("web-lb"))
 *     .firewall(fw -> fw
 *         .allowInternet().to("web-lb").on(80)
 *         .allow("web-lb").to("web").on(80)));
 * }</pre>
 *
 * <p>Every spec is a mutable, single-use collector; nothing is checked until {@link
 * dev.tenkai.dsl.TopologySpec#build()}, which resolves the defaults against the topology's zones
 * and tiers and lets the model report what cannot exist, as an {@link
 * dev.tenkai.model.InvalidTopologyException}.
 */
package dev.tenkai.dsl;
