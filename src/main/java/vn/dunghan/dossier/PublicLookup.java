package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dunghan.shared.SqlValues;

/**
 * What an applicant may learn of their own dossier without signing in (Decree 61/2018 art. 17(3):
 * the dossier code on the receipt slip is what citizens look their dossier up by): where it stands,
 * when it was received and is to be returned, which unit holds it, whether the result is ready.
 * Nothing else: no name, no ID number, no officer.
 *
 * <p>The caller proves the dossier is theirs with the last four digits of the applicant's phone or
 * ID number. An unknown code and a wrong check are the same empty answer, found by the same single
 * query, so that the answer tells nothing about which codes exist.
 */
@ApplicationScoped
public class PublicLookup {

  /** The facts a lookup answers with. */
  public record Facts(
      String code,
      DossierStatus status,
      OffsetDateTime receivedAt,
      LocalDate appointmentDate,
      LocalDate newAppointmentDate,
      String holdingUnitCode,
      boolean resultReady) {}

  private final EntityManager em;

  PublicLookup(EntityManager em) {
    this.em = em;
  }

  /** The dossier {@code code} when {@code check} is the end of its applicant's phone or ID. */
  public Optional<Facts> find(String code, String check) {
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(
                "select d.status, d.received_at, d.due_date, d.appointment_date, d.reappointed,"
                    + " d.holding_unit_code, a.id_number, a.phone from dossier d join"
                    + " dossier_applicant a on a.dossier_id = d.id where d.code = :code",
                Tuple.class)
            .setParameter("code", code)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Tuple row = rows.get(0);
    // Both compared, always, in constant time: which one matched is not observable.
    boolean byId = matches(tail((String) row.get(6)), check);
    boolean byPhone = matches(tail((String) row.get(7)), check);
    if (!(byId | byPhone)) {
      return Optional.empty();
    }
    DossierStatus status = DossierStatus.valueOf((String) row.get(0));
    boolean reappointed = (Boolean) row.get(4);
    LocalDate due = SqlValues.localDate(row.get(2));
    LocalDate appointment = SqlValues.localDate(row.get(3));
    return Optional.of(
        new Facts(
            code,
            status,
            SqlValues.vietnamTime(row.get(1)),
            // A re-appointment (apology, art. 19(9)) moves the appointment and never the due date,
            // which is the first appointment.
            reappointed ? due : appointment,
            reappointed ? appointment : null,
            (String) row.get(5),
            status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED));
  }

  /**
   * The applicant of {@code code} declines notices from now on; the dossier's id, or empty when
   * there is no such dossier.
   */
  public Optional<Long> optOut(String code) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "update dossier_applicant a set notices_opt_out = true from dossier d"
                    + " where d.id = a.dossier_id and d.code = :code returning d.id")
            .setParameter("code", code)
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0).longValue());
  }

  /** The last four characters (upper case), or a value no check can equal. */
  private static String tail(String value) {
    if (value == null || value.length() < 4) {
      return "\u0000\u0000\u0000\u0000";
    }
    return value.substring(value.length() - 4).toUpperCase(Locale.ROOT);
  }

  private static boolean matches(String expected, String check) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        check.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
  }
}
