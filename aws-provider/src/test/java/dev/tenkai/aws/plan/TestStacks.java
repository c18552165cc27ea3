package dev.tenkai.aws.plan;

import dev.tenkai.aws.ZoneMap;
import java.util.List;
import java.util.Map;

/** Desired stacks built by hand, for engine tests outside this package. */
public final class TestStacks {
  private TestStacks() {}

  /** A stack "s" in Tokyo holding {@code resources}. */
  public static DesiredStack of(List<DesiredResource> resources) {
    return new DesiredStack("s", "ap-northeast-1", ZoneMap.of(Map.of("a", "ap-northeast-1a", "c", "ap-northeast-1c")), resources, List.of());
  }
}
