package vn.dunghan.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dunghan.dossier.PublicLookup;
import vn.dunghan.dossier.RatingView;
import vn.dunghan.dossier.Ratings;
import vn.dunghan.dossier.ReceiveDossierRequest;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.shared.problem.FieldError;
import vn.dunghan.shared.problem.Problem;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.shared.problem.ProblemType;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * The citizen's lookup of a dossier by its code and a check (the last four digits of the phone or
 * ID number given at intake), for the public API and the {@code /tra-cuu} page alike.
 */
@ApplicationScoped
public class CitizenLookup {

  /** Four letters or digits: the end of a phone number, or of an ID or tax number. */
  static final String CHECK = "^[0-9A-Za-z]{4}$";

  /** The one answer for an unknown code and a wrong check alike. */
  static final String NOT_FOUND =
      "Không tìm thấy hồ sơ với mã và số kiểm tra này (no dossier with this code and check)";

  private final PublicLookup lookup;
  private final UnitDirectory units;
  private final Ratings ratings;
  private final vn.dunghan.notify.Outbox outbox;

  CitizenLookup(
      PublicLookup lookup, UnitDirectory units, Ratings ratings, vn.dunghan.notify.Outbox outbox) {
    this.lookup = lookup;
    this.units = units;
    this.ratings = ratings;
    this.outbox = outbox;
  }

  /**
   * The applicant rates their dossier, once, after the result: behind the same check as the lookup
   * (the same 404 for a wrong check or an unknown code).
   */
  public RatingView rate(String code, String check, ApplicantRating rating) {
    get(code, check);
    return ratings.recordByApplicant(code, rating.rating(), rating.comment());
  }

  /**
   * The applicant declines notices about this dossier: behind the same check as the lookup; what is
   * still waiting to go out to them is withdrawn (SKIPPED), nothing more is queued. Repeating it
   * changes nothing.
   */
  @Transactional
  public void optOut(String code, String check) {
    get(code, check);
    lookup.optOut(code).ifPresent(id -> outbox.withdraw(id, CitizenNotices.STAGES));
  }

  /** Whether the applicant may still rate: the result is out and they have not rated yet. */
  public boolean rateable(PublicDossier dossier) {
    return dossier.resultReady() && !ratings.ratedByApplicant(dossier.code());
  }

  /** Refuses a malformed code or check with a 422 naming each, before anything is read. */
  static void validate(String code, String check) {
    List<FieldError> errors = errors(code, check);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /** What is wrong with a code and a check, by field (nothing when both are well formed). */
  static List<FieldError> errors(String code, String check) {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !code.matches(ReceiveDossierRequest.CODE)) {
      errors.add(
          new FieldError(
              "code", "must be a dossier code as printed on the receipt slip (4-64 characters)"));
    }
    if (check == null || !check.matches(CHECK)) {
      errors.add(
          new FieldError(
              "check", "must be the last 4 digits of the applicant's phone or ID number"));
    }
    return errors;
  }

  /** The dossier, or empty for an unknown code or a wrong check (never told apart). */
  @Transactional
  public Optional<PublicDossier> find(String code, String check) {
    validate(code, check);
    return lookup.find(code, check).map(this::view);
  }

  /** As {@link #find}, a 404 problem when there is nothing to show. */
  public PublicDossier get(String code, String check) {
    return find(code, check)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(ProblemType.NOT_FOUND, NOT_FOUND)
                        .withInstance("/public/v1/dossiers")));
  }

  private PublicDossier view(PublicLookup.Facts f) {
    return new PublicDossier(
        f.code(),
        f.status().name(),
        f.status().inWords(),
        f.receivedAt().atZoneSameInstant(TimeSource.ZONE).toLocalDate(),
        f.appointmentDate(),
        f.newAppointmentDate(),
        units.find(f.holdingUnitCode()).map(UnitFacts::name).orElse(f.holdingUnitCode()),
        f.resultReady());
  }
}
