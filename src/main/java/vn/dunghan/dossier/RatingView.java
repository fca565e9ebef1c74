package vn.dunghan.dossier;

import java.time.OffsetDateTime;

/** A rating as {@code GET /api/v1/dossiers/{code}/ratings} shows it. */
public record RatingView(
    RatingRequest.Rating rating,
    Boolean liked,
    boolean complaint,
    String comment,
    String source,
    OffsetDateTime ratedAt,
    OffsetDateTime recordedAt) {}
