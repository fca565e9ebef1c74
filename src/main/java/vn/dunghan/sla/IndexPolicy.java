package vn.dunghan.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The on-time verdict of Decision 766/QĐ-TTg indicator 2.1, as the national coordination system
 * computes it from synced data (the published description of the 766 formulas, docs/indicators.md).
 * It is not the legal rule of Decree 61/2018 art. 19(4) ({@link TimelinessPolicy}): the time the
 * applicant took to supplement is subtracted instead of restarting the clock; more than one
 * supplement request makes a dossier late; a dossier still open and within its appointment counts
 * as on time; an unanswered supplement request ends processing on the day it was made. The
 * appointment is the one the applicant holds (the receipt's, moved only by a re-appointment).
 */
public final class IndexPolicy {

  private IndexPolicy() {}

  /**
   * The index's verdict: early, on time or late once processing ended; in time or overdue before.
   */
  public enum Verdict {
    EARLY,
    ON_TIME,
    LATE,
    IN_TIME,
    OVERDUE;

    /** Whether the index counts it in the numerator of 2.1. */
    public boolean counts() {
      return this == EARLY || this == ON_TIME || this == IN_TIME;
    }
  }

  /** A supplement wait that ended: requested, and the complete dossier back. */
  public record Wait(Instant requestedAt, Instant backAt) {}

  /**
   * What the index reads of a dossier.
   *
   * @param appointment the appointment date the applicant holds
   * @param endedAt when processing ended (resolved, or withdrawn / stopped), null while it runs
   * @param waits the supplement waits that ended
   * @param openRequestAt a supplement request still unanswered, or null
   * @param supplementRequests how many supplement requests were made in all
   */
  public record Input(
      LocalDate appointment,
      Instant endedAt,
      List<Wait> waits,
      Instant openRequestAt,
      int supplementRequests) {}

  /**
   * The verdict with the day processing counts as ended (after subtracting the supplement waits),
   * or null while open, and why, in a sentence.
   */
  public record Judgement(Verdict verdict, LocalDate effectiveEnd, String reason) {}

  /** The verdict of {@code in} as of {@code asOf} (what decides for a dossier still open). */
  public static Judgement judge(Input in, LocalDate asOf, ZoneId zone) {
    Instant end = in.endedAt();
    String ending = "processing ended";
    if (end == null && in.openRequestAt() != null) {
      end = in.openRequestAt();
      ending = "a supplement request is unanswered: processing counts as ended on its day";
    }
    if (in.supplementRequests() > 1) {
      return new Judgement(
          end == null ? Verdict.OVERDUE : Verdict.LATE,
          end == null ? null : end.atZone(zone).toLocalDate(),
          in.supplementRequests() + " supplement requests: more than one makes it late");
    }
    if (end == null) {
      boolean inTime = !asOf.isAfter(in.appointment());
      return new Judgement(
          inTime ? Verdict.IN_TIME : Verdict.OVERDUE,
          null,
          "open on "
              + asOf
              + (inTime ? ", within" : ", past")
              + " the appointment of "
              + in.appointment());
    }
    Duration waited = Duration.ZERO;
    for (Wait w : in.waits()) {
      if (w.backAt() != null && w.backAt().isAfter(w.requestedAt())) {
        waited = waited.plus(Duration.between(w.requestedAt(), w.backAt()));
      }
    }
    LocalDate effective = end.minus(waited).atZone(zone).toLocalDate();
    int cmp = effective.compareTo(in.appointment());
    Verdict verdict = cmp < 0 ? Verdict.EARLY : cmp == 0 ? Verdict.ON_TIME : Verdict.LATE;
    String subtracted =
        waited.isZero() ? "" : " less " + describe(waited) + " the applicant took to supplement";
    return new Judgement(
        verdict,
        effective,
        ending
            + " on "
            + end.atZone(zone).toLocalDate()
            + subtracted
            + ": "
            + effective
            + (cmp < 0 ? " before" : cmp == 0 ? " on" : " after")
            + " the appointment of "
            + in.appointment());
  }

  private static String describe(Duration d) {
    long hours = d.toHours();
    return hours % 24 == 0 ? (hours / 24) + " day(s)" : hours + " hour(s)";
  }
}
