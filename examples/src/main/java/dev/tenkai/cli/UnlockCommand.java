package dev.tenkai.cli;

import dev.tenkai.aws.StackLockedException;
import dev.tenkai.model.Topology;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenkai unlock --holder H}: breaks the stack's lock held by {@code H} now, for an apply
 * or destroy known to be dead, instead of waiting until its heartbeat goes stale (10 minutes).
 * Like Terraform's {@code force-unlock}, it needs the holder the refusal named, so a lock someone
 * else has taken since is never broken.
 *
 * <p>Exit codes: 0 the lock was broken or there was none, 1 someone else holds it.
 */
@Command(
    name = "unlock",
    mixinStandardHelpOptions = true,
    description = {
      "Break the stack's lock (the EC2 key pair tenkai-lock-<stack>) held by --holder, for an apply or destroy you know "
          + "is dead, instead of waiting until its heartbeat is stale (AwsOptions.lockStaleAfter, 10 minutes).",
      "Refuses, and breaks nothing, when the lock is held by anyone else."
    })
public final class UnlockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TopologyOptions topology;

  @Mixin AwsTargetOptions target;

  @Option(names = "--holder", required = true, paramLabel = "HOLDER",
      description = "The lock's holder, as the refusal message names it: 'user@host pid N' by default (quote it; "
          + "user@host:N is taken as the same holder).")
  String holder;

  private static final Pattern COLON_PID = Pattern.compile("(.+@.+):(\\d+)");

  /**
   * The holders {@code given} may mean, in the order to try them: as written, then the default
   * holder form {@code user@host pid N} for {@code user@host:N}.
   */
  static List<String> holders(String given) {
    Matcher m = COLON_PID.matcher(given);
    return m.matches() ? List.of(given, m.group(1) + " pid " + m.group(2)) : List.of(given);
  }

  /** Breaks the lock, or says why not. */
  @Override
  public Integer call() {
    Topology t = topology.topology();
    PrintWriter out = spec.commandLine().getOut();
    try (AwsTarget aws = target.open(t, spec.commandLine().getErr())) {
      StackLockedException refused = null;
      for (String h : holders(holder)) {
        try {
          out.println(aws.provider().breakLock(t, h));
          out.flush();
          return 0;
        } catch (StackLockedException e) {
          refused = refused == null ? e : refused;
        }
      }
      throw new CommandFailure(refused.getMessage());
    }
  }
}
