package dev.tenkai.aws.plan;

/** What a step does. */
public enum RollStepKind {
  /** Launch (or register) servers and wait for their health. */
  SCALE_OUT("scale out"),
  /** Replace a batch, create before destroy. */
  REPLACE("replace"),
  /** Deregister, drain and terminate servers. */
  SCALE_IN("scale in");

  private final String label;

  RollStepKind(String label) {
    this.label = label;
  }

  /** The words the plan prints. */
  public String label() {
    return label;
  }
}
