package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.local.LocalEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;

class AwsOptionsTest {
  @Test
  void theModelsAmiWinsThenTheRolesThenTheDefault() {
    RealizationInputs o = AwsOptions.builder().image(AwsOptions.DEFAULT_ROLE, "ami-default").image("web", "ami-web").build().realization();
    assertThat(o.imageFor("web", Optional.empty())).isEqualTo("ami-web");
    assertThat(o.imageFor("bastion", Optional.empty())).isEqualTo("ami-default");
    assertThat(o.imageFor("web", Optional.of("ami-model"))).isEqualTo("ami-model");
    assertThat(o.imageFor("web", Optional.of("centos-6.2-custom"))).isEqualTo("ami-web");
  }

  @Test
  void badValuesAreRefusedNamingThem() {
    assertThatThrownBy(() -> AwsOptions.builder().image("web", "centos").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'web'").hasMessageContaining("'centos'");
    assertThatThrownBy(() -> AwsOptions.builder().concurrency(0).build()).hasMessageContaining("concurrency");
    assertThatThrownBy(() -> AwsOptions.builder().certificate("ref", "not-an-arn").build()).hasMessageContaining("'ref'");
    assertThatThrownBy(() -> AwsOptions.builder().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> AwsOptions.builder().lockStaleAfter(Duration.ZERO).build()).hasMessageContaining("stale");
  }

  @Test
  void eachSetterLandsInItsPart() {
    AwsOptions o = AwsOptions.builder().region("eu-west-1").maxAttempts(7).keyPair("ops").zoneName("a", "eu-west-1b")
        .concurrency(3).drainLimit(Duration.ofSeconds(1)).lockOwner("me").build();
    assertThat(o.connection().region()).contains("eu-west-1");
    assertThat(o.connection().maxAttempts()).isEqualTo(7);
    assertThat(o.realization().keyPair()).contains("ops");
    assertThat(o.realization().zoneNames()).containsEntry("a", "eu-west-1b");
    assertThat(o.execution().concurrency()).isEqualTo(3);
    assertThat(o.execution().drainLimit()).contains(Duration.ofSeconds(1));
    assertThat(o.locking().owner()).isEqualTo("me");
    assertThat(o.toBuilder().concurrency(4).build().realization()).isEqualTo(o.realization());
  }

  @Test
  void missingCredentialsNameBothWaysForward() {
    AwsOptions none = AwsOptions.builder().credentials(() -> {
      throw SdkClientException.create("Unable to load credentials from any of the providers");
    }).build();
    assertThat(none.connection().credentialsProblem()).hasValueSatisfying(m -> assertThat(m).contains("--local").contains("AWS_PROFILE"));
    assertThat(LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build().connection().credentialsProblem()).isEmpty();
  }

  @Test
  void retriesAreChosenNotLeftToDefaults() {
    AwsOptions o = AwsOptions.builder().retryMode(RetryMode.ADAPTIVE_V2).maxAttempts(5).build();
    assertThat(AwsClients.override(o).retryStrategy()).hasValueSatisfying(s -> assertThat(s.maxAttempts()).isEqualTo(5));
    assertThat(o.toBuilder().build().connection().maxAttempts()).isEqualTo(5);
  }
}
