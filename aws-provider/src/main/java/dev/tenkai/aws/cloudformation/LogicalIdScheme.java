package dev.tenkai.aws.cloudformation;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Tenkai logical ids ({@code subnet/private/a}) into CloudFormation logical ids
 * ({@code SubnetPrivateA}): every run of letters and digits becomes a capitalized word. The
 * mapping is deterministic; when two ids would collide (say {@code a-b} and {@code a/b}), each of
 * them gets a short hash of its Tenkai id appended, so neither depends on the other's presence
 * order.
 */
public final class LogicalIdScheme {
  private static final int MAX = 255;

  private final ImmutableMap<String, String> ids;

  private LogicalIdScheme(Map<String, String> ids) {
    this.ids = ImmutableMap.copyOf(ids);
  }

  /** The scheme for exactly {@code tenkaiIds}. */
  public static LogicalIdScheme of(Collection<String> tenkaiIds) {
    Map<String, Integer> uses = new HashMap<>();
    for (String id : tenkaiIds) {
      uses.merge(plain(id), 1, Integer::sum);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String id : tenkaiIds) {
      String p = plain(id);
      ids.put(id, uses.get(p) > 1 ? hashed(p, id) : p);
    }
    return new LogicalIdScheme(ids);
  }

  /**
   * The CloudFormation logical id of {@code tenkaiId}.
   *
   * @throws IllegalArgumentException for an id this scheme was not made for, naming it
   */
  public String of(String tenkaiId) {
    String id = ids.get(tenkaiId);
    if (id == null) {
      throw new IllegalArgumentException("no CloudFormation logical id for '" + tenkaiId + "': the stack holds no such resource");
    }
    return id;
  }

  /** Every Tenkai id with its CloudFormation logical id, in the order given. */
  public ImmutableMap<String, String> all() {
    return ids;
  }

  /** {@code subnet/private/a} as {@code SubnetPrivateA}: alphanumeric words, each capitalized. */
  public static String plain(String tenkaiId) {
    StringBuilder b = new StringBuilder();
    for (String word : List.of(tenkaiId.split("[^A-Za-z0-9]+"))) {
      if (!word.isEmpty()) {
        b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
      b.insert(0, 'R');
    }
    return b.length() > MAX ? hashed(b.substring(0, MAX - 8), tenkaiId) : b.toString();
  }

  private static String hashed(String plain, String tenkaiId) {
    String hash = Hashing.sha256().hashString(tenkaiId, StandardCharsets.UTF_8).toString().substring(0, 8);
    String head = plain.length() > MAX - 8 ? plain.substring(0, MAX - 8) : plain;
    return head + hash.toUpperCase(Locale.ROOT);
  }
}
