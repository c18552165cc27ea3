package dev.tenkai.aws.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.AwsClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.elasticache.model.ElastiCacheException;

/** An action moto lacks is named as the emulator's gap, by the emulator's options and not by a handler. */
@ExtendWith(MotoExtension.class)
class EmulatorGapsOnMotoTest {
  @Test
  void aMissingActionIsNamedInsteadOfABlankServerError(LocalEmulator moto) {
    try (AwsClients aws = AwsClients.create("ap-northeast-1", LocalEmulator.optionsFor(moto.endpoint()).maxAttempts(1).build())) {
      // moto 5.2 has CreateCacheSubnetGroup but no DeleteCacheSubnetGroup (a bare HTTP 500).
      assertThatThrownBy(() -> aws.elastiCache().deleteCacheSubnetGroup(r -> r.cacheSubnetGroupName("any")))
          .isInstanceOf(ElastiCacheException.class)
          .hasMessageContaining(moto.endpoint().toString())
          .hasMessageContaining("DeleteCacheSubnetGroup")
          .hasMessageContaining("AWS would carry it out");
    }
  }
}
