package dev.tenkai.aws.plan;

/** What a plan does to one resource. */
public enum ChangeAction {
  /** Create it: it is desired and does not exist. */
  CREATE("+"),
  /** Change it in place. */
  UPDATE("~"),
  /** Delete and create it again: a property that cannot change in place differs. */
  REPLACE("-/+"),
  /** Delete it: it is owned by the stack and no longer desired. */
  DELETE("-"),
  /** Leave it: it is as desired. */
  NO_CHANGE("="),
  /**
   * Refuse: a property that cannot change at all differs (replacing the resource would lose what
   * it holds). Apply refuses a plan that holds one; the diff says why.
   */
  REFUSED("!");

  private final String symbol;

  ChangeAction(String symbol) {
    this.symbol = symbol;
  }

  /** The diff symbol shown in the plan. */
  public String symbol() {
    return symbol;
  }

  /** Whether the action calls a mutating API. */
  public boolean mutates() {
    return this != NO_CHANGE && this != REFUSED;
  }
}
