package vn.dunghan.citizen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dunghan.dossier.RatingRequest;

/**
 * The applicant's rating of their dossier once the result is out (Decision 766 indicator 5.4): very
 * good, good or bad, and a comment if they like.
 */
public record ApplicantRating(
    @NotNull RatingRequest.Rating rating, @Size(max = 2000) String comment) {}
