package dev.tenkai.aws.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import org.junit.jupiter.api.Test;

class LocalEmulatorTest {
  @Test
  void startsOnAFreeLoopbackPortResetsAndStops() throws Exception {
    LocalEmulator moto = LocalEmulator.start();
    try {
      assertThat(moto.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(moto.isRunning()).isTrue();
      HttpURLConnection c = (HttpURLConnection) moto.endpoint().resolve("/moto-api/").toURL().openConnection();
      assertThat(c.getResponseCode()).isEqualTo(200);
      moto.reset();
      assertThat(moto.requestCertificate("ap-northeast-1", "example.jp")).startsWith("arn:aws:acm:ap-northeast-1:");
    } finally {
      moto.close();
    }
    assertThat(moto.isRunning()).isFalse();
  }
}
