package dev.tenkai.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.ec2.model.CreateSubnetRequest;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.route53.Route53Client;

/** Records in a hosted zone the stack does not own, and AWS's "not yet" errors, on moto. */
@ExtendWith(MotoExtension.class)
class OwnershipAndFaultsOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  @Test
  void recordsGoIntoAnExistingZoneWhichDestroyLeavesWithItsOtherRecords(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    AwsOptions bare = moto.options(t).maxAttempts(1).build();
    String zoneId;
    try (AwsClients clients = AwsClients.create(t.region(), bare)) {
      Route53Client r53 = clients.route53();
      String id = r53.createHostedZone(r -> r.name("example.jp").callerReference("someone-else")).hostedZone().id();
      zoneId = id.substring(id.lastIndexOf('/') + 1);
      r53.changeResourceRecordSets(r -> r.hostedZoneId(zoneId).changeBatch(b -> b.changes(
          software.amazon.awssdk.services.route53.model.Change.builder().action("CREATE").resourceRecordSet(s -> s
              .name("mail.example.jp").type("MX").ttl(300L).resourceRecords(software.amazon.awssdk.services.route53.model.ResourceRecord.builder().value("10 mx.example.jp").build())).build())));
    }
    try (AwsProvider aws = AwsProvider.create(bare.toBuilder().existingHostedZoneId(zoneId).build())) {
      ApplyResult r = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), ApplyListener.NONE);
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(aws.plan(t).hasChanges()).as(aws.plan(t).render()).isFalse();
      assertThat(names(aws, t, zoneId)).contains("example.jp.A", "www.example.jp.CNAME", "mail.example.jp.MX");

      ApplyResult gone = aws.destroy(t, true, ApplyListener.NONE);
      // moto has no DeleteCacheSubnetGroup; that one failure is expected (see ReferenceDeploymentOnMotoTest).
      assertThat(gone.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
      assertThat(names(aws, t, zoneId)).contains("mail.example.jp.MX").doesNotContain("example.jp.A", "www.example.jp.CNAME");
    }
  }

  private static List<String> names(AwsProvider aws, Topology t, String zoneId) {
    return aws.clients(t).route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId)).resourceRecordSets().stream()
        .map(s -> s.name() + s.typeAsString()).collect(Collectors.toList());
  }

  /** Fails the first CreateSubnet calls the way AWS does while a new VPC is still propagating. */
  static final class NotYet implements ExecutionInterceptor {
    final AtomicInteger left = new AtomicInteger(2);

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      if (context.request() instanceof CreateSubnetRequest && left.getAndDecrement() > 0) {
        throw Ec2Exception.builder().statusCode(400).message("The vpc ID does not exist")
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidVpcID.NotFound").build()).build();
      }
    }
  }

  @Test
  void notYetErrorsAreRetriedByTheExecutorAndReported(LocalEmulator moto) {
    Topology t = ReferenceTopologies.modern();
    NotYet notYet = new NotYet();
    List<String> retries = new CopyOnWriteArrayList<>();
    AwsOptions options = moto.options(t).maxAttempts(3).pollInterval(Duration.ofMillis(50)).readinessTimeout(Duration.ofSeconds(30))
        .concurrency(1).interceptor(notYet).build();
    try (AwsProvider aws = AwsProvider.create(options)) {
      ApplyResult r = aws.apply(aws.plan(t), ApplyGate.validatedBy(noRules), new ApplyListener() {
        @Override
        public void retrying(Change change, int attempt, Throwable cause) {
          retries.add(change.logicalId() + "#" + attempt);
        }
      });
      assertThat(r.succeeded()).as(r.summary()).isTrue();
      assertThat(retries).containsExactly("subnet/public/a#2", "subnet/public/a#3");
    }
  }
}
