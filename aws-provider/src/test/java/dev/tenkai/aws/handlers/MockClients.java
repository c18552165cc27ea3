package dev.tenkai.aws.handlers;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import dev.tenkai.aws.AwsClients;
import dev.tenkai.aws.AwsOptions;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.CurrentResource;
import dev.tenkai.aws.plan.StackState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mockito.Answers;
import org.mockito.stubbing.Answer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;

/** Mocked SDK clients whose lambda-builder overloads build the request and call the mocked overload. */
final class MockClients {
  /** Runs the SDK's own "build the request from the consumer" default methods; everything else is mocked. */
  static final Answer<Object> BUILDERS = inv -> {
    Class<?>[] params = inv.getMethod().getParameterTypes();
    if (params.length >= 1 && params[0] == Consumer.class && !inv.getMethod().getName().equals("forEach")) {
      return inv.callRealMethod();
    }
    return Answers.RETURNS_DEFAULTS.answer(inv);
  };

  final Ec2Client ec2 = mock(Ec2Client.class, withSettings().defaultAnswer(BUILDERS));
  final ElasticLoadBalancingV2Client elb = mock(ElasticLoadBalancingV2Client.class, withSettings().defaultAnswer(BUILDERS));
  final RdsClient rds = mock(RdsClient.class, withSettings().defaultAnswer(BUILDERS));
  final ElastiCacheClient elastiCache = mock(ElastiCacheClient.class, withSettings().defaultAnswer(BUILDERS));
  final Route53Client route53 = mock(Route53Client.class, withSettings().defaultAnswer(BUILDERS));
  final StackState state = new StackState("reference");
  final List<String> progress = new ArrayList<>();

  /** A context over the mocks, with {@code existing} physical ids known by logical id. */
  HandlerContext context(Map<String, String> existing) {
    existing.forEach((logical, physical) -> state.put(CurrentResource.of(
        dev.tenkai.aws.plan.AwsKind.valueOf(kindOf(logical)), logical, physical, Map.of(), Map.of())));
    AwsClients clients = AwsClients.of(Region.AP_NORTHEAST_1, ec2, elb, rds, elastiCache, route53);
    AwsOptions options = LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build();
    return new HandlerContext(clients, options, state, "run-1", false, Set.of(), progress::add);
  }

  private static String kindOf(String logicalId) {
    String label = logicalId.contains("/") ? logicalId.substring(0, logicalId.indexOf('/')) : logicalId;
    for (dev.tenkai.aws.plan.AwsKind k : dev.tenkai.aws.plan.AwsKind.values()) {
      if (k.label().equals(label)) {
        return k.name();
      }
    }
    throw new IllegalArgumentException(logicalId);
  }
}
