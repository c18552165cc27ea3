package dev.tenkai.rules;

/** How much a finding matters, most severe first. */
public enum Severity {
  /** The topology must not be deployed as it is. */
  ERROR,
  /** Legal but unwise; deploy only knowingly. */
  WARNING,
  /** Worth knowing. */
  INFO
}
