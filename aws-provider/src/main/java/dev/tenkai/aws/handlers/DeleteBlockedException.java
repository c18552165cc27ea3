package dev.tenkai.aws.handlers;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An owned resource cannot be deleted because something else is still in it or uses it (a
 * foreign instance in an owned subnet, say). Permanent until someone removes the blocker, so the
 * executor does not retry it; the message names the resource, each blocker, and what to do.
 */
public final class DeleteBlockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final ImmutableList<String> blockers;

  /**
   * A blocked deletion.
   *
   * @param resource the owned resource, e.g. {@code subnet/web/a (subnet-123)}
   * @param blockers what blocks it, e.g. {@code foreign instance i-abc}
   * @param relation how they block it, e.g. {@code in it} or {@code using it}
   * @param remedy what to do, e.g. {@code terminate it or move it}
   */
  public DeleteBlockedException(String resource, List<String> blockers, String relation, String remedy) {
    super(resource + " cannot be deleted: " + String.join("; ", blockers) + (blockers.size() == 1 ? " is" : " are")
        + " still " + relation + "; " + remedy + ", then run destroy again");
    this.resource = resource;
    this.blockers = ImmutableList.copyOf(blockers);
  }

  /** The owned resource that could not be deleted, logical id and physical id. */
  public String resource() {
    return resource;
  }

  /** What blocks it, one entry per blocker. */
  public ImmutableList<String> blockers() {
    return blockers;
  }
}
