package dev.tenkai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The text form of {@code --zone-map}: {@code a=ap-northeast-1a,c=ap-northeast-1c}. */
final class ZoneMapText {
  private ZoneMapText() {}

  /**
   * Logical zone to AWS zone name, in the order given; empty for {@code null}.
   *
   * @throws ParameterException naming the malformed entry
   */
  static Map<String, String> parse(String text, CommandLine cmd) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) {
      return out;
    }
    for (String entry : text.split(",")) {
      String e = entry.strip();
      int eq = e.indexOf('=');
      if (eq <= 0 || eq == e.length() - 1) {
        throw new ParameterException(cmd,
            "--zone-map: expected LOGICAL=ZONE-NAME entries separated by commas (e.g. a=ap-northeast-1a,c=ap-northeast-1c), got '"
                + e + "'");
      }
      String logical = e.substring(0, eq).strip();
      if (out.put(logical, e.substring(eq + 1).strip()) != null) {
        throw new ParameterException(cmd, "--zone-map: logical zone '" + logical + "' is mapped twice in '" + text + "'");
      }
    }
    return out;
  }
}
