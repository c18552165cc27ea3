package dev.tenkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenkai.model.Excerpt;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The one line {@code tenkai} prints for a failure: what went wrong in the user's terms (an
 * endpoint that refuses connections or does not answer like AWS, not the SDK's "null" or
 * "Request ID: null"), every echoed value cut by {@link Excerpt}, and as a JSON object when the
 * command was asked for JSON.
 */
final class FailureMessage {
  /** picocli's wording for a malformed map option ("Value for option option '--x' (K=V) ..."). */
  private static final Pattern MAP_OPTION =
      Pattern.compile("Value for option option '(--[^']+)' \\((.*)\\) should be in KEY=VALUE format but was (.*)", Pattern.DOTALL);

  private static final ObjectMapper JSON = new ObjectMapper();

  private FailureMessage() {}

  /** The message for a usage error (bad option, bad input file). */
  static String usage(String message) {
    String m = message == null ? "" : message;
    Matcher map = MAP_OPTION.matcher(m);
    if (map.matches()) {
      m = map.group(1) + ": expected " + map.group(2) + ", got '" + map.group(3) + "'";
    }
    return Excerpt.ofMessage(m);
  }

  /**
   * The message for a command that failed while running; {@code endpoint} is the command's
   * {@code --endpoint}, if it has one.
   */
  static String of(Throwable e, Optional<URI> endpoint) {
    String where = endpoint.map(u -> "the endpoint " + u).orElse("AWS");
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused at " + where + ": nothing answers there"
            + (endpoint.isPresent() ? "; is the emulator running (moto_server -p PORT)?" : "; check the network and proxy");
      }
      if (t instanceof UnknownHostException) {
        return "unknown host " + Excerpt.of(String.valueOf(t.getMessage())) + " (" + where + ")";
      }
      if (t instanceof AwsServiceException && !answersLikeAws((AwsServiceException) t)) {
        AwsServiceException a = (AwsServiceException) t;
        String service = a.awsErrorDetails() == null ? "a call" : a.awsErrorDetails().serviceName();
        return where + " does not answer like AWS: HTTP " + a.statusCode() + " to " + service
            + ", with no AWS error code or request id; is it an AWS endpoint or an emulator such as moto_server?";
      }
    }
    String m = e.getMessage();
    return Excerpt.ofMessage(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  private static boolean answersLikeAws(AwsServiceException e) {
    boolean code = e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
        && !e.awsErrorDetails().errorCode().isBlank();
    return code || e.requestId() != null;
  }

  /** Whether {@code args} ask for JSON output ({@code --format json} or {@code --format=json}). */
  static boolean jsonWanted(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = a.startsWith("--format=") ? a.substring("--format=".length())
          : a.equals("--format") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (value != null && value.toLowerCase(Locale.ROOT).equals("json")) {
        return true;
      }
    }
    return false;
  }

  /** {@code message} as the JSON object a {@code --format json} consumer reads instead of a report. */
  static String json(String message, int exitCode) {
    ObjectNode error = JSON.createObjectNode();
    error.putObject("error").put("message", message).put("exitCode", exitCode);
    return error.toString();
  }
}
