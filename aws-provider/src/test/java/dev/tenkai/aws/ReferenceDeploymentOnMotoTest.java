package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MotoExtension.class)
class ReferenceDeploymentOnMotoTest {
  private final CallRecorder calls = new CallRecorder();

  private AwsProvider provider(LocalEmulator moto) {
    String cert = moto.requestCertificate("ap-northeast-1", "example.jp");
    return AwsProvider.create(AwsOptions.forEmulator(moto.endpoint()).maxAttempts(1).interceptor(calls)
        .certificate("arn:aws:acm:ap-northeast-1:111122223333:certificate/example", cert).build());
  }

  @Test
  void appliesTheReferenceDeployment(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    try (AwsProvider aws = provider(moto)) {
      Plan plan = aws.plan(t);
      System.out.println(plan.render());
      ApplyResult r = aws.apply(plan, ApplyGate.validatedBy(Validator.builder().build()), ApplyListener.NONE);
      r.failed().forEach(f -> f.cause().printStackTrace());
      System.out.println(r.summary());
      assertThat(r.succeeded()).isTrue();
      Plan again = aws.plan(t);
      System.out.println(again.render());
      System.out.println(aws.summary(t).render());
    }
  }
}
