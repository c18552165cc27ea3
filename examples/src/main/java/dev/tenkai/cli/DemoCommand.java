package dev.tenkai.cli;

import dev.tenkai.analysis.RestartTimeline;
import dev.tenkai.analysis.SinglePointsOfFailure;
import dev.tenkai.analysis.ZoneFailure;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.apply.ProgressPrinter;
import dev.tenkai.aws.plan.AwsKind;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.model.ImmutableServerGroup;
import dev.tenkai.model.ImmutableTopology;
import dev.tenkai.model.LoadBalancer;
import dev.tenkai.model.ServerGroup;
import dev.tenkai.model.Topology;
import dev.tenkai.report.analysis.AnalysisReport;
import dev.tenkai.report.diagram.DiagramOptions;
import dev.tenkai.report.diagram.MermaidDiagram;
import dev.tenkai.report.findings.FindingsReport;
import dev.tenkai.rules.Severity;
import dev.tenkai.rules.ValidationResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai demo}: the whole story of one topology in a minute or two, on a local AWS emulator
 * it starts and stops itself: diagram, validation, zone failures, a restart of the web tier, plan,
 * apply with progress, what exists per zone, a re-plan with no changes, the web tier scaled out
 * and up by its rolling schedule, destroy. Needs a JDK and
 * moto_server ({@code pip install "moto[server]"}); no AWS account, no Graphviz.
 *
 * <p>Exit codes: 0 every step went as expected, 1 a step failed (moto missing, a change failed, a
 * re-plan with changes, something left after destroy), 2 the topology has validation errors (the
 * demo then stops before apply, as {@code tenkai apply} would).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The reference deployment (or --example/--file) end to end on a local AWS emulator that the demo starts and stops: "
          + "diagram, validation, zone failures, restart analysis, plan, apply, what exists per zone, re-plan, "
          + "scaling the web tier out and up without downtime, destroy.",
      "Needs moto_server (pip install \"moto[server]\"); no AWS account, nothing left behind."
    })
public final class DemoCommand implements Callable<Integer> {
  /** AWS's instance sizes, smallest first, for the demo's scale-up step. */
  private static final List<String> SIZES = List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge");

  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  private int section;

  /** Runs every step, each under its own header. */
  @Override
  public Integer call() {
    long started = System.nanoTime();
    Topology t = topology.topology();
    PrintWriter out = spec.commandLine().getOut();

    header(out, "The topology: " + t.name() + " (" + topology.source() + "), as a Mermaid diagram");
    out.print(new MermaidDiagram().render(t, DiagramOptions.defaults()));
    out.println("(paste into any Mermaid viewer; 'tenkai diagram --format svg' draws it with Graphviz)");

    header(out, "Validation: the built-in rules and AWS's own constraints");
    ValidationResult checks = AwsChecks.validator().validate(t);
    out.print(FindingsReport.text(checks, false));

    header(out, "What if a zone fails? Each zone in turn");
    out.print(AnalysisReport.text(ZoneFailure.everySingleZone(t), SinglePointsOfFailure.of(t)));

    Optional<ServerGroup> web = webTier(t);
    if (web.isPresent()) {
      header(out, "What does a restart of the web tier (" + web.get().name() + ") do?");
      out.print(AnalysisReport.text(RestartTimeline.of(t, web.get().name())));
    }
    out.flush();
    if (checks.hasErrors()) {
      throw new CommandFailure("the demo stops before apply: " + checks.active(Severity.ERROR).size()
          + " validation error(s) above ('tenkai apply' refuses them too)", ExitCode.USAGE);
    }

    header(out, "A local AWS emulator for the rest of the demo");
    try (AwsTarget aws = AwsTargetOptions.localEmulator().open(t, out)) {
      header(out, "Plan: what apply will create");
      Plan plan = aws.provider().plan(t);
      out.print(plan.render());

      header(out, "Apply, with progress");
      out.flush();
      ApplyResult applied = aws.provider().apply(plan, ApplyGate.standard(), new ProgressPrinter(WriterStream.of(out)));
      if (!applied.succeeded()) {
        throw new CommandFailure("apply did not finish: " + applied.summary());
      }

      header(out, "What exists now, per zone");
      out.print(aws.provider().summary(t).render());

      header(out, "Plan again: nothing should change");
      Plan again = aws.provider().plan(t);
      out.print(again.render());
      out.flush();
      if (again.hasChanges()) {
        throw new CommandFailure("a second plan right after apply should have no changes, but has: " + again.summary());
      }

      Topology now = t;
      if (web.isPresent()) {
        now = scale(aws, t, web.get(), out);
      }

      header(out, "Destroy: every resource the stack owns, in reverse order");
      out.flush();
      // The emulator is thrown away at the end, so a final snapshot would be kept nowhere.
      ApplyResult destroyed = aws.provider().destroy(aws.provider().planDestroy(now), true, new ProgressPrinter(WriterStream.of(out)));
      out.println();
      out.print(DestroyCommand.report(destroyed));
      boolean onlyEmulatorGaps = destroyed.notStarted().isEmpty()
          && destroyed.failed().stream().allMatch(f -> f.change().kind() == AwsKind.CACHE_SUBNET_GROUP);
      if (!destroyed.failed().isEmpty() && onlyEmulatorGaps) {
        out.println("(moto does not implement DeleteCacheSubnetGroup; AWS does. The emulator, and that group with it, "
            + "is stopped now.)");
      }
      out.println();
      out.print("What is left:\n" + aws.provider().summary(now).render());
      out.flush();
      if (!onlyEmulatorGaps) {
        throw new CommandFailure("destroy left resources behind: " + destroyed.summary());
      }
    }
    header(out, "Done");
    out.printf("The demo took %.0f s; the emulator is stopped, and everything in it is gone.%n", (System.nanoTime() - started) / 1e9);
    out.println("Next: 'tenkai plan|apply|destroy --endpoint URL' against a moto_server you keep running, or against AWS with "
        + "your credentials (tenkai apply --help).");
    out.flush();
    return 0;
  }

  /**
   * The seed's fourth requirement and second lesson together: one more server per zone and, when
   * the class has a next size, a bigger instance class, applied as the plan's rolling schedule
   * (new servers healthy before old ones leave), then a re-plan with no changes.
   *
   * @return the topology the stack now matches
   */
  private Topology scale(AwsTarget aws, Topology t, ServerGroup web, PrintWriter out) {
    Map<String, Integer> perZone = new LinkedHashMap<>();
    web.countPerZone().forEach((zone, n) -> perZone.put(zone, n > 0 ? n + 1 : n));
    ImmutableServerGroup bigger = ImmutableServerGroup.copyOf(web).withCountPerZone(perZone);
    Optional<String> up = nextSize(web.instanceClass());
    if (up.isPresent()) {
      bigger = bigger.withInstanceClass(up.get());
    }
    ServerGroup scaled = bigger;
    Topology next = ImmutableTopology.copyOf(t).withServerGroups(
        t.serverGroups().stream().map(g -> g.name().equals(web.name()) ? scaled : g).collect(Collectors.toList()));
    header(out, "Scale out" + (up.isPresent() ? " and up" : "") + " without downtime: " + web.name() + " "
        + web.total() + " -> " + scaled.total() + " servers" + up.map(c -> ", " + web.instanceClass() + " -> " + c).orElse(""));
    Plan plan = aws.provider().plan(next);
    out.print(plan.render());
    out.flush();
    ApplyResult applied = aws.provider().apply(plan, ApplyGate.standard(), new ProgressPrinter(WriterStream.of(out)));
    if (!applied.succeeded()) {
      throw new CommandFailure("the scaling apply did not finish: " + applied.summary());
    }
    out.println("(The emulator reports new servers healthy and old ones drained at once, so this roll took seconds; on AWS it "
        + "takes the plan's expected time.)");
    Plan again = aws.provider().plan(next);
    out.println();
    out.print(again.render());
    out.flush();
    if (again.hasChanges()) {
      throw new CommandFailure("a plan right after scaling should have no changes, but has: " + again.summary());
    }
    return next;
  }

  /** The next size of an instance class in AWS's size ladder ({@code c6i.large -> c6i.xlarge}), if it has one. */
  static Optional<String> nextSize(String instanceClass) {
    int dot = instanceClass.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    int at = SIZES.indexOf(instanceClass.substring(dot + 1));
    if (at < 0 || at + 1 >= SIZES.size()) {
      return Optional.empty();
    }
    return Optional.of(instanceClass.substring(0, dot + 1) + SIZES.get(at + 1));
  }

  private void header(PrintWriter out, String title) {
    section++;
    out.println();
    out.println("== " + section + ". " + title + " ==");
    out.println();
    out.flush();
  }

  /** The server group behind the first load balancer, else the first one. */
  private static Optional<ServerGroup> webTier(Topology t) {
    for (LoadBalancer lb : t.loadBalancers()) {
      for (String backend : lb.backends()) {
        Optional<ServerGroup> g = t.serverGroup(backend);
        if (g.isPresent()) {
          return g;
        }
      }
    }
    return t.serverGroups().stream().findFirst();
  }
}
