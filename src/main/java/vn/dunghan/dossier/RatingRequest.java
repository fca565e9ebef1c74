package vn.dunghan.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/v1/dossiers/{code}/ratings}: how the applicant rated the reception
 * and resolution (Decision 766 indicator 5.4), from the portal or a kiosk at the desk. At least one
 * of {@code rating}, {@code liked} and {@code complaint} says something.
 */
public record RatingRequest(
    Rating rating,
    Boolean liked,
    Boolean complaint,
    @Size(max = 2000) String comment,
    @NotNull OffsetDateTime ratedAt) {

  /** The three grades the portal's satisfaction form offers. */
  public enum Rating {
    VERY_GOOD,
    GOOD,
    BAD
  }

  /** Whether this rating counts against indicator 5.4: a bad grade, a dislike or a complaint. */
  boolean unfavourable() {
    return rating == Rating.BAD || Boolean.FALSE.equals(liked) || Boolean.TRUE.equals(complaint);
  }
}
