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
                s.setLong(1, dossier.id);
                s.setString(2, request.rating() == null ? null : request.rating().name());
                s.setObject(3, request.liked());
                s.setBoolean(4, Boolean.TRUE.equals(request.complaint()));
                s.setString(5, comment == null || comment.isEmpty() ? null : comment);
                s.setString(6, source);
                s.setTimestamp(7, Timestamp.from(at));
                s.setString(8, caller.name());
                s.setTimestamp(9, Timestamp.from(now));
                s.executeUpdate();
              }
            });
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
