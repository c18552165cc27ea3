package dev.tenkai.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenkai.aws.AwsProvider;
import dev.tenkai.aws.StackLock;
import dev.tenkai.aws.StackLockedException;
import dev.tenkai.aws.apply.ApplyGate;
import dev.tenkai.aws.apply.ApplyListener;
import dev.tenkai.aws.apply.ApplyResult;
import dev.tenkai.aws.local.LocalEmulator;
import dev.tenkai.aws.local.MotoExtension;
import dev.tenkai.aws.plan.Plan;
import dev.tenkai.fixtures.ReferenceTopologies;
import dev.tenkai.model.Topology;
import dev.tenkai.rules.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills the apply <em>process</em> (SIGKILL: no finally blocks, no lock release, calls cut off
 * mid-flight) at several points of the reference deployment's apply, then re-runs apply in this
 * JVM and checks that it converges to exactly the model: the lock the dead process left is
 * refused while fresh and broken (and reported) once stale, the re-plan is empty, every kind's
 * count equals the model's (no duplicate instance, NAT gateway, Elastic IP, hosted zone or
 * record), nothing is untagged, and destroy leaves nothing owned.
 *
 * <p>The child runs {@link ChildApply} at concurrency 4, so when it is killed
 * several changes are usually in flight: a call sent whose answer never arrives, a resource
 * created but not yet ready.
 */
@ExtendWith(MotoExtension.class)
class KilledApplyOnMotoTest {
  private final Validator noRules = Validator.builder().build();

  /**
   * Kill points: {@code done:N} kills once N changes have finished; {@code started:PREFIX} kills
   * as soon as a change whose logical id starts with PREFIX has started (its create call is then
   * on its way or answered, but the change is not finished).
   */
  @ParameterizedTest(name = "killed at {0}")
  @MethodSource("killPoints")
  void reRunningAfterTheProcessWasKilledConvergesExactly(String killPoint, LocalEmulator moto) throws Exception {
    Topology t = ReferenceTopologies.modern();
    Map<String, String> certificates = new LinkedHashMap<>();
    t.loadBalancers().stream().flatMap(lb -> lb.listeners().stream()).flatMap(l -> l.certificate().stream()).distinct()
        .forEach(ref -> certificates.put(ref, moto.requestCertificate(t.region(), t.dnsZones().stream().findFirst().orElseThrow().name())));
    String deadOwner = "killed-child@test pid-at-" + killPoint;

    try (AwsProvider aws = AwsProvider.create(withCertificates(ChildApply.options(moto.endpoint(), "rerun@test", 4), certificates).build())) {
      ResourceCensus census = ResourceCensus.baseline(aws.clients(t), t.name());
      int planned = aws.plan(t).mutations().size();

      List<String> lines = killChildAt(killPoint, moto, deadOwner, certificates);
      assertThat(lines).as("the child was killed before it finished").noneMatch(l -> l.startsWith("result "));
      long done = lines.stream().filter(l -> l.startsWith("done ")).count();
      assertThat(done).as("changes the killed run finished").isLessThan(planned);
      List<String> inFlight = lines.stream().filter(l -> l.startsWith("started ")).map(l -> l.substring(8))
          .filter(id -> !lines.contains("done " + id)).collect(java.util.stream.Collectors.toList());
      if (killPoint.startsWith("started:")) {
        assertThat(inFlight).as("killed while that change was in flight").anyMatch(id -> id.startsWith(killPoint.substring(8)));
      }
      // The figures in docs/reliability.md come from these lines.
      System.out.printf("killed at %s: %d of %d changes done, in flight: %s%n", killPoint, done, planned, inFlight);
      // Everything the killed run created carries the stack's tags (tagged at creation).
      assertThat(census.untagged()).as("no untagged resource after the kill: " + lines)
          .allSatisfy((kind, ids) -> assertThat(ids).as(kind).isEmpty());

      List<String> notices = new CopyOnWriteArrayList<>();
      ApplyListener noticeRecorder = new ApplyListener() {
        @Override
        public void lockNotice(String message) {
          notices.add(message);
        }
      };
      try (AwsProvider rerun = AwsProvider.create(withCertificates(ChildApply.options(moto.endpoint(), "rerun@test", 4), certificates)
          .lockStaleAfter(Duration.ofSeconds(1)).build())) {
        Plan resume = aws.plan(t);
        if (resume.hasChanges()) {
          // The dead process's lock is still there, with a fresh heartbeat: a re-run refuses, naming it.
          assertThatThrownBy(() -> aws.apply(resume, ApplyGate.validatedBy(noRules), ApplyListener.NONE))
              .isInstanceOf(StackLockedException.class)
              .hasMessageContaining("locked by " + deadOwner)
              .hasMessageContaining("'" + StackLock.name(t.name()) + "'");
          // Once its heartbeat is older than lockStaleAfter, the re-run breaks it and says so.
          Thread.sleep(1200);
          ApplyResult r = rerun.apply(rerun.plan(t), ApplyGate.validatedBy(noRules), noticeRecorder);
          assertThat(r.succeeded()).as("re-run after the kill at %s (%s): %s", killPoint, lines, r.summary()).isTrue();
          assertThat(aws.clients(t).ec2().describeKeyPairs().keyPairs()).as("the re-run released the lock").isEmpty();
        } else {
          // The calls in flight had taken effect before the kill: nothing is left to do, and a plan
          // without changes takes no lock, so the dead run's lock stays until a run with changes.
          assertThat(aws.clients(t).ec2().describeKeyPairs().keyPairs()).extracting(k -> k.keyName()).containsExactly(StackLock.name(t.name()));
          Thread.sleep(1200);
        }
        Plan after = aws.plan(t);
        assertThat(after.hasChanges()).as(after.render()).isFalse();
        assertThat(census.appearedCounts()).as("resources after convergence").isEqualTo(FaultSweepOnMotoTest.expected(aws.desired(t)));
        assertThat(census.untagged()).allSatisfy((kind, ids) -> assertThat(ids).as(kind).isEmpty());

        // Destroy with the short stale timeout too: when the re-run had nothing to do, it breaks the dead lock.
        ApplyResult gone = rerun.destroy(t, true, noticeRecorder);
        // moto has no DeleteCacheSubnetGroup (docs/aws.md).
        assertThat(gone.failed()).extracting(f -> f.change().logicalId()).containsExactly("cache-subnet-group/cache");
        assertThat(census.appeared()).as("nothing owned is left after destroy").allSatisfy((kind, ids) -> assertThat(ids).as(kind).isEmpty());
      }
      assertThat(notices).as("the dead run's lock was broken, once, and reported").singleElement().satisfies(n -> assertThat(n)
          .startsWith("broke the stale lock of stack '" + t.name() + "' held by " + deadOwner + ": last heartbeat ")
          .endsWith("is older than PT1S"));
    }
  }

  /**
   * Four points by default: early, while a NAT gateway is being created, while a web server is
   * being launched, late. {@code -Dtenkai.faults.killEvery=true} kills after every number of
   * finished changes, 1 to 40, instead.
   */
  static Stream<String> killPoints() {
    if (Boolean.getBoolean("tenkai.faults.killEvery")) {
      // -Dtenkai.faults.killRange=38-39 narrows it.
      String[] range = System.getProperty("tenkai.faults.killRange", "1-40").split("-");
      return IntStream.rangeClosed(Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim())).mapToObj(n -> "done:" + n);
    }
    return Stream.of("done:1", "started:nat-gateway/", "started:instance/web/", "done:30");
  }

  private static dev.tenkai.aws.AwsOptions.Builder withCertificates(dev.tenkai.aws.AwsOptions.Builder b, Map<String, String> certificates) {
    certificates.forEach(b::certificate);
    return b;
  }

  /** Starts {@link ChildApply} in a new JVM and kills it (SIGKILL) at {@code killPoint}; returns what it printed. */
  private static List<String> killChildAt(String killPoint, LocalEmulator moto, String owner, Map<String, String> certificates)
      throws IOException, InterruptedException {
    String[] point = killPoint.split(":", 2);
    Predicate<List<String>> reached = point[0].equals("done")
        ? ls -> ls.stream().filter(l -> l.startsWith("done ")).count() >= Integer.parseInt(point[1])
        : ls -> ls.stream().anyMatch(l -> l.startsWith("started " + point[1]));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        ChildApply.class.getName(), moto.endpoint().toString(), owner, "4"));
    certificates.forEach((ref, arn) -> command.add(ref + "=" + arn));
    Path err = Files.createTempFile("tenkai-child-", ".err");
    Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (reached.test(lines)) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(err);
    Files.deleteIfExists(err);
    assertThat(reached.test(lines)).as("the child reached %s before it ended; it printed %s and on stderr: %s", killPoint, lines, stderr).isTrue();
    // 128 + 9: ended by SIGKILL, not by its own exit.
    assertThat(child.exitValue()).as("stderr: " + stderr).isEqualTo(137);
    return lines;
  }
}
