package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.shared.SqlValues;

/**
 * What an applicant must be told about dossiers that just changed (Decree 61/2018 art. 17-19): the
 * receipt, a supplement request, an apology with a new appointment, the result. Only facts since
 * {@code since} count, so that a sync of history never tells anyone about last year; only
 * applicants with a phone or an e-mail who have not opted out are listed. One query for a whole
 * write.
 */
@ApplicationScoped
public class ApplicantNews {

  /** What happened: the receipt, or the event an applicant must hear of. */
  public enum Kind {
    RECEIPT,
    SUPPLEMENT,
    APOLOGY,
    RESULT,
    LATE;

    static Kind of(String eventType) {
      return switch (EventType.valueOf(eventType)) {
        case SUPPLEMENT_REQUESTED -> SUPPLEMENT;
        case REAPPOINTED -> APOLOGY;
        default -> RESULT;
      };
    }
  }

  /** One thing to tell one applicant. {@code eventId} is 0 for the receipt. */
  public record News(
      long dossierId,
      String code,
      String procedureCode,
      String receivingUnitCode,
      String holdingUnitCode,
      Kind kind,
      long eventId,
      OffsetDateTime at,
      String reason,
      LocalDate appointmentDate,
      LocalDate dueDate,
      LocalDate newAppointmentDate,
      String phone,
      String email) {}

  private final EntityManager em;

  ApplicantNews(EntityManager em) {
    this.em = em;
  }

  /** The dossier's and the applicant's columns every list of news reads first, in order. */
  private static final String COLUMNS =
      "select d.id, d.code, d.procedure_code, d.receiving_unit_code, d.holding_unit_code,"
          + " d.received_at, d.appointment_date, d.due_date, a.phone, a.email";

  public List<News> since(List<Long> dossierIds, Instant since) {
    if (dossierIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(
                COLUMNS
                    + ", e.id as event_id, e.type, e.occurred_at, e.reason,"
                    + " e.new_appointment_date"
                    + " from dossier d join dossier_applicant a on a.dossier_id = d.id"
                    + " left join dossier_event e on e.dossier_id = d.id and e.occurred_at >= :since"
                    + " and e.type in ('SUPPLEMENT_REQUESTED', 'REAPPOINTED', 'RESOLVED')"
                    + " where d.id = any(cast(:ids as bigint[]))"
                    + " and (a.phone is not null or a.email is not null)"
                    + " and not a.notices_opt_out"
                    + " and (d.received_at >= :since or e.id is not null)",
                Tuple.class)
            .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
            .setParameter("ids", array(dossierIds))
            .getResultList();
    List<News> news = new ArrayList<>();
    java.util.Set<Long> received = new java.util.HashSet<>();
    for (Tuple r : rows) {
      long id = ((Number) r.get(0)).longValue();
      OffsetDateTime receivedAt = SqlValues.vietnamTime(r.get(5));
      if (!receivedAt.toInstant().isBefore(since) && received.add(id)) {
        news.add(news(r, id, Kind.RECEIPT, 0, receivedAt, null, null));
      }
      if (r.get(10) != null) {
        news.add(
            news(
                r,
                id,
                Kind.of((String) r.get(11)),
                ((Number) r.get(10)).longValue(),
                SqlValues.vietnamTime(r.get(12)),
                (String) r.get(13),
                SqlValues.localDate(r.get(14))));
      }
    }
    return news;
  }

  /**
   * The applicants of {@code dossierIds}, just overdue, who must hear that the appointment passed:
   * still in progress, not re-appointed (an apology already gave them a new day), due no earlier
   * than {@code sinceDay} (an overdue dossier synced from history is not news), with a contact and
   * not opted out.
   */
  public List<News> late(List<Long> dossierIds, LocalDate sinceDay) {
    if (dossierIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Tuple> rows =
        em.createNativeQuery(
                COLUMNS
                    + " from dossier d join dossier_applicant a"
                    + " on a.dossier_id = d.id where d.id = any(cast(:ids as bigint[]))"
                    + " and d.status = 'IN_PROGRESS' and not d.reappointed"
                    + " and d.due_date >= :since"
                    + " and (a.phone is not null or a.email is not null)"
                    + " and not a.notices_opt_out",
                Tuple.class)
            .setParameter("ids", array(dossierIds))
            .setParameter("since", sinceDay)
            .getResultList();
    List<News> news = new ArrayList<>();
    for (Tuple r : rows) {
      news.add(
          news(
              r,
              ((Number) r.get(0)).longValue(),
              Kind.LATE,
              0,
              SqlValues.vietnamTime(r.get(5)),
              null,
              null));
    }
    return news;
  }

  private static String array(List<Long> ids) {
    return ids.stream()
        .map(String::valueOf)
        .toList()
        .toString()
        .replace('[', '{')
        .replace(']', '}');
  }

  private static News news(
      Tuple r,
      long id,
      Kind kind,
      long eventId,
      OffsetDateTime at,
      String reason,
      LocalDate newAppointment) {
    return new News(
        id,
        (String) r.get(1),
        (String) r.get(2),
        (String) r.get(3),
        (String) r.get(4),
        kind,
        eventId,
        at,
        reason,
        SqlValues.localDate(r.get(6)),
        SqlValues.localDate(r.get(7)),
        newAppointment,
        (String) r.get(8),
        (String) r.get(9));
  }
}
