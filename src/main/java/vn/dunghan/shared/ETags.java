package vn.dunghan.shared;

import jakarta.ws.rs.core.EntityTag;
import vn.dunghan.shared.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: the entity version is the ETag; {@code If-Match} guards PUT.
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version named by an {@code If-Match} header, or null when there is none or it is "*". */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw ProblemException.preconditionFailed("If-Match '" + ifMatch + "' names no version");
    }
  }
}
