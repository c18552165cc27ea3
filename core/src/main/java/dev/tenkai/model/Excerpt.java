package dev.tenkai.model;

/**
 * A value cut to a length a message can carry: a 10 MB name in an error is noise that hides the
 * error, so messages show its start and its length instead. {@link InvalidTopologyException}
 * applies {@link #ofMessage} to every message; anything else that echoes input (a command line)
 * should too.
 *
 * <pre>{@code Excerpt.of("x".repeat(1_000_000))  // "xxxx…(1000000 characters)"}</pre>
 */
public final class Excerpt {
  /** The longest value shown whole. */
  public static final int LONGEST = 120;

  private static final int SHOWN = 60;

  private Excerpt() {}

  /** {@code value} whole if at most {@link #LONGEST} characters, else its start and its length. */
  public static String of(String value) {
    if (value == null || value.length() <= LONGEST) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return value.substring(0, end) + "…(" + value.length() + " characters)";
  }

  /**
   * {@code message} with every run of more than {@link #LONGEST} characters without a space (a
   * value echoed into it, with whatever quotes or brackets surround it) cut by {@link #of}.
   */
  public static String ofMessage(String message) {
    if (message == null || message.length() <= LONGEST) {
      return message;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      int end = i;
      while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
        end++;
      }
      out.append(of(message.substring(i, end)));
      int space = end;
      while (space < message.length() && Character.isWhitespace(message.charAt(space))) {
        space++;
      }
      out.append(message, end, space);
      i = space;
    }
    return out.toString();
  }
}
