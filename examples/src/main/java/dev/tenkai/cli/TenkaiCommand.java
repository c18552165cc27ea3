package dev.tenkai.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code tenkai} command. Each verb is one small class listed in {@code subcommands}; adding
 * a verb means writing its class and adding it to the list.
 *
 * <pre>
 * java -jar examples/target/tenkai.jar show --example reference
 * java -jar examples/target/tenkai.jar diagram --example reference --format svg --output ref.svg
 * java -jar examples/target/tenkai.jar demo
 * java -jar examples/target/tenkai.jar apply --example reference --endpoint http://127.0.0.1:5000 --auto-approve
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 the command failed (e.g. Graphviz missing, a file not writable), 2
 * bad usage or bad input (an unknown option, a topology file that is not a valid topology).
 */
@Command(
    name = "tenkai",
    mixinStandardHelpOptions = true,
    versionProvider = TenkaiCommand.Version.class,
    description = "Describe, check and realize a highly-available web deployment.")
public final class TenkaiCommand implements Runnable {
  /**
   * Every verb, in help order. Added in code rather than through {@code @Command(subcommands)} so
   * that {@link #main} can build picocli's reflective model of the one verb it runs instead of all
   * ten: that model cost about 0.2 s of CPU per start (docs/performance.md).
   */
  private static final Map<String, Class<?>> VERBS = verbs();

  @Spec CommandSpec spec;

  private static Map<String, Class<?>> verbs() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("show", ShowCommand.class);
    m.put("diagram", DiagramCommand.class);
    m.put("validate", ValidateCommand.class);
    m.put("analyze", AnalyzeCommand.class);
    m.put("check", CheckCommand.class);
    m.put("plan", PlanCommand.class);
    m.put("apply", ApplyCommand.class);
    m.put("destroy", DestroyCommand.class);
    m.put("unlock", UnlockCommand.class);
    m.put("export", ExportCommand.class);
    m.put("demo", DemoCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(m);
  }

  /** Without a verb, says which verbs there are. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required (show, diagram, ...)");
  }

  /** Runs {@code tenkai} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    configureLogging(System.getenv("TENKAI_LOG"));
    // A known verb first (not help, which lists the others): only that verb's model is built. Any
    // other start (no verb, --help, a typo) gets every verb, so usage and suggestions are unchanged.
    boolean oneVerb = args.length > 0 && VERBS.containsKey(args[0]) && !args[0].equals("help");
    CommandLine cmd = oneVerb
        ? commandLine(CommandLine.defaultFactory(), Map.of(args[0], VERBS.get(args[0])))
        : commandLine();
    System.exit(execute(cmd, args));
  }

  /**
   * Sets up the command's SLF4J binding (slf4j-simple) before anything logs: Tenkai's diagnostics
   * at {@code level} (the environment's {@code TENKAI_LOG}: trace, debug, info, warn, error or
   * off; warn when unset), everything else (the AWS SDK) at error unless Tenkai's level is finer,
   * on the error stream. A system property given on the java command line wins.
   */
  static void configureLogging(String level) {
    String tenkai = level == null || level.isBlank() ? "warn" : level.trim().toLowerCase(java.util.Locale.ROOT);
    boolean fine = tenkai.equals("trace") || tenkai.equals("debug") || tenkai.equals("info");
    setIfAbsent("org.slf4j.simpleLogger.log.dev.tenkai", tenkai);
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", fine ? "warn" : "error");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * Runs {@code cmd} with {@code args}; running out of memory is one line with the way out, not a
   * stack trace.
   */
  static int execute(CommandLine cmd, String... args) {
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      PrintWriter err = cmd.getErr();
      err.println("tenkai: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB); give Java more, e.g. java -Xmx2g -jar tenkai.jar ..., or JAVA_TOOL_OPTIONS=-Xmx2g bin/tenkai ...");
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
  }

  /**
   * The {@code tenkai} command line, ready to {@code execute}: errors print one clear line on the
   * error stream (no stack trace) and map to the exit codes above. Tests set its out and err.
   */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The command line with its commands and options made by {@code factory} (tests replace the terminal). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return commandLine(factory, VERBS);
  }

  private static CommandLine commandLine(CommandLine.IFactory factory, Map<String, Class<?>> verbs) {
    CommandLine cmd = new CommandLine(new TenkaiCommand(), factory);
    verbs.forEach(cmd::addSubcommand);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(TenkaiCommand::usageError);
    cmd.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          int code = e instanceof CommandFailure ? ((CommandFailure) e).exitCode() : CommandLine.ExitCode.SOFTWARE;
          Optional<URI> endpoint = failed.getCommandSpec().findOption("--endpoint") == null ? Optional.empty()
              : Optional.ofNullable(failed.getParseResult().matchedOptionValue("--endpoint", (URI) null));
          report(failed, FailureMessage.of(e, endpoint), code, parsed.originalArgs());
          return code;
        });
    return cmd;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    report(failed, FailureMessage.usage(e.getMessage()), CommandLine.ExitCode.USAGE, List.of(args));
    PrintWriter err = failed.getErr();
    err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * Prints {@code message} on the error stream and, when the command was asked for JSON, as a JSON
   * object on the output, so a consumer of the JSON always reads JSON.
   */
  private static void report(CommandLine failed, String message, int exitCode, List<String> args) {
    if (FailureMessage.jsonWanted(args)) {
      PrintWriter out = failed.getOut();
      out.println(FailureMessage.json(message, exitCode));
      out.flush();
    }
    PrintWriter err = failed.getErr();
    err.println("tenkai: " + message);
    err.flush();
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = TenkaiCommand.class.getPackage().getImplementationVersion();
      return new String[] {"tenkai " + (v == null ? "(development build)" : v)};
    }
  }
}
