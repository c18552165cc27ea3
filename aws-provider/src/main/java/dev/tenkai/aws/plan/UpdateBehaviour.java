package dev.tenkai.aws.plan;

/** How a resource takes a new value of one of its properties; the plan shows it on every diff. */
public enum UpdateBehaviour {
  /** The property changes on the running resource. */
  IN_PLACE(true, ""),
  /** The resource is deleted and created again with the new value. */
  REPLACE(false, " (forces replacement)"),
  /** The value cannot change at all (a replacement would lose data): the plan refuses, naming the reason. */
  IMMUTABLE(false, " (cannot change)"),
  /** The property changes in place, but the resource stops and starts again for it. */
  STOP_START(true, " (stop and start)");

  private final boolean inPlace;
  private final String note;

  UpdateBehaviour(boolean inPlace, String note) {
    this.inPlace = inPlace;
    this.note = note;
  }

  /** Whether the resource keeps its identity through the change. */
  public boolean inPlace() {
    return inPlace;
  }

  /** What a plan's diff line appends, e.g. " (forces replacement)". */
  public String note() {
    return note;
  }
}
