package dev.tenkai.cli;

import dev.tenkai.aws.rules.AwsCatalogue;
import dev.tenkai.aws.rules.AwsRules;
import dev.tenkai.rules.BuiltInRules;
import dev.tenkai.rules.Validator;
import java.util.Map;

/** What apply checks a topology against: every built-in rule and AWS's own constraints. */
final class AwsChecks {
  private AwsChecks() {}

  /** The built-in rules plus the {@code aws} pack. */
  static Validator validator() {
    return validator(Map.of());
  }

  /** The built-in rules plus the {@code aws} pack, logical zones mapped by {@code zoneNames}. */
  static Validator validator(Map<String, String> zoneNames) {
    return Validator.builder()
        .addPacks(BuiltInRules.validator().packs())
        .addPack(AwsRules.pack(AwsCatalogue.bundled(), zoneNames))
        .build();
  }

  /**
   * Runs {@code step}, turning the provider's "no image for role" into advice for the command
   * line (the provider's message names the Java options).
   */
  static <T> T withImageHint(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      if (m.startsWith("no image id")) {
        throw new CommandFailure(m + " (on the command line: --image ROLE=ami-... or --image '*=ami-...')");
      }
      throw e;
    }
  }
}
