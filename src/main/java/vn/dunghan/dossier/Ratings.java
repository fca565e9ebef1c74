package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.dunghan.access.Caller;
import vn.dunghan.shared.Roles;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.Violations;
import vn.dunghan.shared.web.Utf8;

/**
 * Ratings of dossiers (Decision 766 indicator 5.4): recorded from the portal or by the clerk of a
 * unit the dossier involves (a kiosk at the desk), only ever added to (the table refuses updates
 * and deletes, V14), readable like the dossier.
 */
@ApplicationScoped
public class Ratings {

  private final DossierRepository dossiers;
  private final Caller caller;
  private final Clock clock;
  private final Event<DossierRated> rated;

  Ratings(DossierRepository dossiers, Caller caller, Clock clock, Event<DossierRated> rated) {
    this.dossiers = dossiers;
    this.caller = caller;
    this.clock = clock;
    this.rated = rated;
  }

  @Transactional
  public RatingView record(String code, RatingRequest request) {
    Dossier dossier =
        dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    boolean portal = caller.has(Roles.PORTAL);
    java.util.Set<String> units = unitsOf(dossier);
    if (!portal && !caller.mayChange(units)) {
      throw ProblemException.notFound("dossier", code);
    }
    Instant now = clock.instant();
    Instant at = request.ratedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
    Violations v = new Violations();
    if (request.rating() == null
        && request.liked() == null
        && !Boolean.TRUE.equals(request.complaint())) {
      v.add("rating", "say something: a rating, liked, or a complaint");
    }
    if (at.isBefore(dossier.receivedAt)) {
      v.add("ratedAt", "lies before the dossier was received");
    }
    if (at.isAfter(now.plus(IntakeChecks.CLOCK_SKEW))) {
      v.add("ratedAt", "lies in the future");
    }
    String comment = request.comment() == null ? null : request.comment().strip();
    if (comment != null && Utf8.firstForbidden(comment, true) >= 0) {
      v.add("comment", "contains a control character");
    }
    v.throwIfAny();
    String source = portal ? "PORTAL" : "KIOSK";
    insert(
        dossier.id,
        request.rating(),
        request.liked(),
        request.complaint(),
        comment,
        source,
        at,
        caller.name(),
        now);
    rated.fire(new DossierRated(dossier.id));
    return new RatingView(
        request.rating(),
        request.liked(),
        Boolean.TRUE.equals(request.complaint()),
        comment,
        source,
        time(at),
        time(now));
  }

  /**
   * The applicant's own rating, from the lookup page or the public API once the check proved the
   * dossier theirs: a grade and a comment, once, after the result (resolved or returned). A second
   * one is a 409 (also when two arrive together: V22's unique index); so is one before the result.
   */
  @Transactional
  public RatingView recordByApplicant(String code, RatingRequest.Rating grade, String comment) {
    Dossier dossier =
        dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    Violations v = new Violations();
    if (grade == null) {
      v.add("rating", "is required: VERY_GOOD, GOOD or BAD");
    }
    String text = comment == null ? null : comment.strip();
    if (text != null && text.length() > 2000) {
      v.add("comment", "must be at most 2000 characters");
    }
    if (text != null && Utf8.firstForbidden(text, true) >= 0) {
      v.add("comment", "contains a control character");
    }
    v.throwIfAny();
    if (dossier.status != DossierStatus.RESOLVED && dossier.status != DossierStatus.RETURNED) {
      throw ProblemException.conflict("dossier " + code + " has no result to rate yet");
    }
    if (ratedByApplicant(dossier.id)) {
      throw ProblemException.conflict("dossier " + code + " was already rated by its applicant");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String kept = text == null || text.isEmpty() ? null : text;
    try {
      insert(dossier.id, grade, null, false, kept, CITIZEN, now, null, now);
    } catch (org.hibernate.exception.ConstraintViolationException e) {
      throw ProblemException.conflict("dossier " + code + " was already rated by its applicant");
    }
    rated.fire(new DossierRated(dossier.id));
    return new RatingView(grade, null, false, kept, CITIZEN, time(now), time(now));
  }

  /** Whether the applicant of dossier {@code code} has rated it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean ratedByApplicant(String code) {
    return dossiers.findByCode(code).map(d -> ratedByApplicant(d.id)).orElse(false);
  }

  private boolean ratedByApplicant(long dossierId) {
    return ((Number)
                dossiers
                    .getEntityManager()
                    .createNativeQuery(
                        "select count(*) from dossier_rating where dossier_id = :id"
                            + " and source = 'CITIZEN'")
                    .setParameter("id", dossierId)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private static final String CITIZEN = "CITIZEN";

  private void insert(
      long dossierId,
      RatingRequest.Rating grade,
      Boolean liked,
      Boolean complaint,
      String comment,
      String source,
      Instant at,
      String by,
      Instant now) {
    dossiers
        .getEntityManager()
        .unwrap(Session.class)
        .doWork(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "insert into dossier_rating (dossier_id, rating, liked, complaint, comment,"
                          + " source, rated_at, recorded_by, recorded_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, dossierId);
                s.setString(2, grade == null ? null : grade.name());
                s.setObject(3, liked);
                s.setBoolean(4, Boolean.TRUE.equals(complaint));
                s.setString(5, comment == null || comment.isEmpty() ? null : comment);
                s.setString(6, source);
                s.setTimestamp(7, Timestamp.from(at));
                s.setString(8, by);
                s.setTimestamp(9, Timestamp.from(now));
                s.executeUpdate();
              }
            });
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RatingView> of(String code) {
    Dossier dossier =
        dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier", code));
    java.util.Set<String> units = unitsOf(dossier);
    if (!caller.maySee(units)) {
      throw ProblemException.notFound("dossier", code);
    }
    return dossiers
        .getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(
            c -> {
              List<RatingView> all = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "select rating, liked, complaint, comment, source, rated_at, recorded_at"
                          + " from dossier_rating where dossier_id = ? order by rated_at, id")) {
                s.setLong(1, dossier.id);
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    String rating = r.getString(1);
                    all.add(
                        new RatingView(
                            rating == null ? null : RatingRequest.Rating.valueOf(rating),
                            (Boolean) r.getObject(2),
                            r.getBoolean(3),
                            r.getString(4),
                            r.getString(5),
                            time(r.getObject(6, OffsetDateTime.class).toInstant()),
                            time(r.getObject(7, OffsetDateTime.class).toInstant())));
                  }
                }
              }
              return all;
            });
  }

  private static java.util.Set<String> unitsOf(Dossier d) {
    return new java.util.HashSet<>(
        java.util.List.of(d.receivingUnitCode, d.handlingUnitCode, d.holdingUnitCode));
  }

  private static OffsetDateTime time(Instant at) {
    return at.atZone(TimeSource.ZONE).toOffsetDateTime();
  }
}
