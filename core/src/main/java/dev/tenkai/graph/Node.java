package dev.tenkai.graph;

import java.util.Objects;

/** One node of the topology graph: a kind and a name (a resource name, or a DNS name). */
public final class Node {
  /** The internet, a single node. */
  public static final Node INTERNET = new Node(NodeKind.INTERNET, "internet");

  private final NodeKind kind;
  private final String name;

  private Node(NodeKind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /** A node of {@code kind} called {@code name}. */
  public static Node of(NodeKind kind, String name) {
    return kind == NodeKind.INTERNET ? INTERNET : new Node(kind, name);
  }

  /** What it stands for. */
  public NodeKind kind() {
    return kind;
  }

  /** Its name. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Node && ((Node) o).kind == kind && ((Node) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return kind == NodeKind.DNS_RECORD ? "dns:" + name : name;
  }
}
