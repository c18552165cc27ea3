package dev.tenkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.fixtures.ReferenceTopologies;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancersOfTest {
  @Test
  void namesTheBalancersAGroupIsBehindInModelOrder() {
    Topology modern = ReferenceTopologies.modern();
    LoadBalancer lb = modern.loadBalancer("web-lb").orElseThrow();
    LoadBalancer second = ImmutableLoadBalancer.copyOf(lb).withName("second-lb");
    LoadBalancer empty = ImmutableLoadBalancer.copyOf(lb).withName("empty-lb").withBackends(List.of());
    Topology t = ImmutableTopology.copyOf(modern).withLoadBalancers(empty, lb, second);
    assertThat(t.loadBalancersOf("web")).extracting(LoadBalancer::name).containsExactly("web-lb", "second-lb");
    assertThat(t.loadBalancersOf("db")).isEmpty();
    assertThat(t.loadBalancersOf("no-such-group")).isEmpty();
  }
}
