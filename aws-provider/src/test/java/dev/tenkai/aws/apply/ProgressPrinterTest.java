package dev.tenkai.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenkai.aws.ZoneMap;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Change;
import dev.tenkai.aws.plan.ChangeAction;
import dev.tenkai.aws.plan.DesiredResource;
import dev.tenkai.aws.plan.DesiredStack;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.aws.plan.TopologyMapping;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static Change create(String logicalId) {
    DesiredResource r = DesiredResource.of(AwsKind.VPC, logicalId, Map.of("cidr", "10.0.0.0/16"), Set.of(), Optional.empty());
    return new Change(logicalId, AwsKind.VPC, ChangeAction.CREATE, "new", List.of(), Optional.of(r), Optional.empty());
  }

  private static Plan plan(List<Change> changes) {
    Topology t = ReferenceTopologies.modern();
    DesiredStack stack = TopologyMapping.map(t, ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c")),
        LocalEmulator.optionsFor(URI.create("http://127.0.0.1:1")).build());
    return new Plan(t, stack, changes);
  }

  private static void run(ProgressPrinter printer, Plan plan) {
    printer.started(plan, plan.mutations().size());
    plan.mutations().forEach(c -> {
      printer.changeStarted(c);
      printer.changeFinished(c);
    });
  }

  @Test
  void aReusedPrinterCountsEachRunFromOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    run(printer, plan(List.of(create("vpc"), create("vpc/two"))));
    run(printer, plan(List.of(create("vpc/three"))));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("[1/2] vpc done", "[2/2] vpc/two done", "[1/1] vpc/three done").doesNotContain("[3/1]");
  }
}
