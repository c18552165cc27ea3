package dev.tenkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code tenkai demo} in-process, end to end, against the real local emulator the demo starts and
 * stops itself (moto_server must be installed, as on the project's machines).
 */
class DemoCommandTest {
  @Test
  void theDemoRunsEveryStepOnItsOwnEmulatorAndLeavesNothingRunning() {
    CommandRun run = CommandRun.of("demo");
    assertThat(run.exitCode).as(run.err + run.out).isZero();
    String out = run.out;

    // Every section, in order.
    List<String> headers = List.of(
        "== 1. The topology: reference (example reference), as a Mermaid diagram ==",
        "== 2. Validation: the built-in rules and AWS's own constraints ==",
        "== 3. What if a zone fails? Each zone in turn ==",
        "== 4. What does a restart of the web tier (web) do? ==",
        "== 5. A local AWS emulator for the rest of the demo ==",
        "== 6. Plan: what apply will create ==",
        "== 7. Apply, with progress ==",
        "== 8. What exists now, per zone ==",
        "== 9. Plan again: nothing should change ==",
        "== 10. Scale out and up without downtime: web 4 -> 6 servers, c6i.large -> c6i.xlarge ==",
        "== 11. Destroy: every resource the stack owns, in reverse order ==",
        "== 12. Done ==");
    assertThat(out).containsSubsequence(headers);

    assertThat(section(out, 1)).contains("flowchart").contains("web_lb");
    assertThat(section(out, 2)).contains("No findings.");
    assertThat(section(out, 3)).contains("Failure of zone a").contains("Failure of zone c").contains("Single points of failure");
    assertThat(section(out, 4)).contains("Restart of web").contains("Timeline");
    assertThat(section(out, 6)).contains("+   vpc").contains("41 to create");
    assertThat(section(out, 7)).contains("+ creating db-instance/db").contains("[41/41]").contains("Done: 41 done");
    assertThat(section(out, 8)).containsPattern("zone a +.*instance").containsPattern("zone c +.*instance").contains("1 load-balancer");
    assertThat(section(out, 9)).contains("No changes: stack reference matches the topology (41 resources).");

    // Scaling: the plan's rolling schedule (new servers healthy before old ones go), followed by apply.
    String scaling = section(out, 10);
    assertThat(scaling).contains("Rolling web behind web-lb").containsSubsequence("scale out", "replace", "replace", "replace", "replace");
    assertThat(scaling).contains("~ rolling web: step 1/").contains("to pass web-lb's health check");
    assertThat(scaling).contains("No changes: stack reference matches the topology (43 resources).");

    String destroy = section(out, 11);
    assertThat(destroy).contains("- deleting vpc").containsPattern("Deleted \\(\\d+\\): .*instance/web/a/1.*vpc");
    // What is left afterwards: nothing but what the emulator cannot delete (moto has no DeleteCacheSubnetGroup).
    String left = destroy.substring(destroy.indexOf("What is left:"));
    assertThat(left).doesNotContain("instance").doesNotContain("vpc").doesNotContain("db-instance").doesNotContain("load-balancer");

    // The demo stopped its emulator.
    Matcher port = Pattern.compile("ready at http://127\\.0\\.0\\.1:(\\d+)").matcher(out);
    assertThat(port.find()).isTrue();
    assertThat(answers(Integer.parseInt(port.group(1)))).as("emulator still running after the demo").isFalse();
    // No secret reaches the output: the database password is AWS's, never Tenkai's.
    assertThat(out).doesNotContainIgnoringCase("password=").doesNotContainIgnoringCase("masterUserPassword");
  }

  private static String section(String out, int n) {
    int start = out.indexOf("== " + n + ". ");
    int end = out.indexOf("== " + (n + 1) + ". ", start);
    return out.substring(start, end < 0 ? out.length() : end);
  }

  private static boolean answers(int port) {
    try {
      new Socket(InetAddress.getLoopbackAddress(), port).close();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
