package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;

class AwsOptionsTest {
  @Test
  void theModelsAmiWinsThenTheRolesThenTheDefault() {
    AwsOptions o = AwsOptions.builder().image(AwsOptions.DEFAULT_ROLE, "ami-default").image("web", "ami-web").build();
    assertThat(o.imageFor("web", Optional.empty())).isEqualTo("ami-web");
    assertThat(o.imageFor("bastion", Optional.empty())).isEqualTo("ami-default");
    assertThat(o.imageFor("web", Optional.of("ami-model"))).isEqualTo("ami-model");
    assertThat(o.imageFor("web", Optional.of("centos-6.2-custom"))).isEqualTo("ami-web");
  }

  @Test
  void badValuesAreRefusedNamingThem() {
    assertThatThrownBy(() -> AwsOptions.builder().image("web", "centos")).hasMessageContaining("'web'").hasMessageContaining("'centos'");
    assertThatThrownBy(() -> AwsOptions.builder().concurrency(0)).hasMessageContaining("concurrency");
    assertThatThrownBy(() -> AwsOptions.builder().certificate("ref", "not-an-arn")).hasMessageContaining("'ref'");
  }

  @Test
  void missingCredentialsNameBothWaysForward() {
    AwsOptions none = AwsOptions.builder().credentials(() -> {
      throw SdkClientException.create("Unable to load credentials from any of the providers");
    }).build();
    assertThat(none.credentialsProblem()).hasValueSatisfying(m -> assertThat(m).contains("--local").contains("AWS_PROFILE"));
    assertThat(AwsOptions.forEmulator(URI.create("http://127.0.0.1:1")).build().credentialsProblem()).isEmpty();
  }

  @Test
  void retriesAreChosenNotLeftToDefaults() {
    AwsOptions o = AwsOptions.builder().retryMode(RetryMode.ADAPTIVE_V2).maxAttempts(5).build();
    assertThat(AwsClients.override(o).retryStrategy()).hasValueSatisfying(s -> assertThat(s.maxAttempts()).isEqualTo(5));
    assertThat(o.toBuilder().build().maxAttempts()).isEqualTo(5);
  }
}
