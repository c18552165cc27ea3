package dev.tenkai.aws.rules;

import static dev.tenkai.aws.rules.Variants.check;
import static dev.tenkai.aws.rules.Variants.modern;
import static dev.tenkai.aws.rules.Variants.withLoadBalancer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.model.ImmutableListener;
import dev.tenkai.model.Listener;
import dev.tenkai.model.ListenerProtocol;
import org.junit.jupiter.api.Test;

/** {@link HttpsListenerCertificate}: a topology that violates it and one that does not. */
class HttpsListenerCertificateTest {
  private final HttpsListenerCertificate rule = new HttpsListenerCertificate();

  @Test
  void flagsAnHttpsListenerWithoutCertificate() {
    Listener bare = ImmutableListener.builder().protocol(ListenerProtocol.HTTPS).port(8443).build();
    assertThat(check(rule, withLoadBalancer(lb -> lb.withListeners(Listener.http(80), bare))))
        .containsExactly("loadBalancers[web-lb].listeners[8443]: HTTPS listener on port 8443 has no certificate");
  }

  @Test
  void acceptsAnHttpsListenerWithCertificate() {
    assertThat(check(rule, modern())).isEmpty();
  }
}
