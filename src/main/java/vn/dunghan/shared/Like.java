package vn.dunghan.shared;

import java.util.Locale;

/**
 * LIKE patterns built from what a caller or a record supplies, with the pattern characters taken
 * literally. Unit codes may hold {@code _}, which LIKE reads as "any character": an unescaped
 * {@code path like '/H_1/%'} also matches {@code /HX1/...}, the subtree of another unit, and handed
 * one province's figures to another. Every pattern in the code base comes from here and every query
 * that uses one says {@link #ESCAPE}.
 */
public final class Like {

  /** The clause that goes right after each {@code like :param} (HQL and SQL alike). */
  public static final String ESCAPE = "escape '!'";

  private Like() {}

  /** Matches strings that start with {@code prefix}, character for character. */
  public static String prefix(String prefix) {
    return literal(prefix) + "%";
  }

  /**
   * Matches strings that contain {@code part} anywhere, lower-cased for a {@code lower(x)} match.
   */
  public static String containsLower(String part) {
    return "%" + literal(part.toLowerCase(Locale.ROOT)) + "%";
  }

  private static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
