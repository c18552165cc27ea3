package dev.tenkai.report.findings;

import dev.tenkai.rules.ValidationResult;

/** What a validating command returns to its shell: 0 clean, 1 warnings (when asked), 2 errors. */
public enum ExitCode {
  /** No active error, and no active warning that should fail. */
  CLEAN(0),
  /** Active warnings and no errors, with the caller asking to fail on warnings. */
  WARNINGS(1),
  /** At least one active error. */
  ERRORS(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /**
   * The exit code for {@code result}: suppressed findings never count, and warnings count only
   * when {@code failOnWarnings}.
   */
  public static ExitCode of(ValidationResult result, boolean failOnWarnings) {
    if (result.hasErrors()) {
      return ERRORS;
    }
    return failOnWarnings && result.hasWarnings() ? WARNINGS : CLEAN;
  }
}
