package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.unit.Level;

/**
 * A portal batch writes its new dossiers by COPY ({@link DossierCopy}); every other write goes
 * through Hibernate. The two must give the same rows: here each history is written both ways, as
 * two dossiers that differ only in code and id, and every column of the dossier, its steps, events
 * and applicant is compared. Written in one transaction that is rolled back.
 */
@QuarkusTest
class DossierCopyTest {

  private static final Instant NOW = at("2025-11-20T10:15:30.123456+07:00");

  @Inject EntityManager em;
  @Inject DossierRepository dossiers;
  @Inject Settlement settlement;

  @BeforeEach
  void referenceData() {
    Fixtures.ensure();
  }

  @Test
  void copiedRowsEqualTheRowsHibernateWritesForTheSameDossier() {
    List<List<EventRecord>> histories = histories();
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          for (int i = 0; i < histories.size(); i++) {
                            compare(i, histories.get(i));
                          }
                          throw new RolledBack();
                        }))
        .isInstanceOf(RolledBack.class);
    assertThat(
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from dossier where code like 'COPY-%'"
                                + " or code like 'HIBERNATE-%'")
                        .getSingleResult())
                .longValue())
        .isZero();
  }

  private void compare(int index, List<EventRecord> history) {
    DeadlineContext ctx = settlement.context();
    String unit = index % 2 == 0 ? Fixtures.COMMUNE : Fixtures.DEPARTMENT;
    String idNumber = index % 3 == 0 ? null : "02209000" + (1000 + index);
    String name = "Nguyễn Thị Ánh\tNguyệt \\ số " + index;

    Dossier viaHibernate = dossier("HIBERNATE-" + index, unit, history, ctx);
    dossiers.persist(viaHibernate);
    em.persist(new Applicant(viaHibernate.id, "CITIZEN", name, idNumber));
    for (EventRecord e : history) {
      em.persist(new DossierEvent(viaHibernate.id, e, NOW, Source.PORTAL, null));
    }
    em.flush();

    Dossier viaCopy = dossier("COPY-" + index, unit, history, ctx);
    DossierCopy copy = new DossierCopy();
    viaCopy.id = dossiers.nextId(viaCopy);
    copy.add(viaCopy);
    copy.add(new Applicant(viaCopy.id, "CITIZEN", name, idNumber));
    for (EventRecord e : history) {
      DossierEvent event = new DossierEvent(viaCopy.id, e, NOW, Source.PORTAL, null);
      event.id = dossiers.nextId(event);
      copy.add(event);
    }
    assertThat(copy.size()).isEqualTo(1);
    em.unwrap(Session.class).doWork(copy::write);

    assertThat(viaCopy.id).isNotEqualTo(viaHibernate.id);
    for (String query : QUERIES) {
      String copied = json(query, viaCopy.id);
      assertThat(copied).as("history %d: %s", index, query).isNotNull();
      assertThat(copied).as("history %d: %s", index, query).isEqualTo(json(query, viaHibernate.id));
    }
    em.clear();
    // Hibernate reads the copied dossier back as it wrote its own.
    Dossier read = em.find(Dossier.class, viaCopy.id);
    assertThat(read.code).isEqualTo("COPY-" + index);
    assertThat(read.status).isEqualTo(viaHibernate.status);
    assertThat(read.steps).hasSameSizeAs(viaHibernate.steps);
  }

  /** Each table's rows of one dossier as JSON, without the columns that differ by design. */
  private static final List<String> QUERIES =
      List.of(
          "select (to_jsonb(d) - 'id' - 'code')::text from dossier d where id = :id",
          "select jsonb_agg(to_jsonb(s) - 'dossier_id' order by ordinal)::text"
              + " from dossier_step s where dossier_id = :id",
          "select coalesce(jsonb_agg(to_jsonb(e) - 'id' - 'dossier_id' order by id), '[]')::text"
              + " from dossier_event e where dossier_id = :id",
          "select (to_jsonb(a) - 'dossier_id')::text from dossier_applicant a"
              + " where dossier_id = :id");

  private String json(String query, long id) {
    return (String) em.createNativeQuery(query).setParameter("id", id).getSingleResult();
  }

  private Dossier dossier(
      String code, String unit, List<EventRecord> history, DeadlineContext ctx) {
    Level level = unit.equals(Fixtures.COMMUNE) ? Level.COMMUNE : Level.PROVINCE;
    Intake intake =
        new Intake(
            code,
            Fixtures.PROCEDURE,
            Fixtures.FIELD,
            level,
            unit,
            unit,
            Channel.ONLINE,
            Source.PORTAL,
            at("2025-09-08T16:45:12.345678+07:00"),
            new BigDecimal("15.0"),
            ProcessingUnit.WORKING_DAYS,
            LocalTime.of(15, 0));
    Dossier d = new Dossier(intake, NOW);
    d.replay(history, ctx);
    d.updatedAt = NOW;
    settlement.begin().prepare(d, ctx);
    return d;
  }

  /** Every status a dossier can end in, through every kind of event, with awkward text. */
  private static List<List<EventRecord>> histories() {
    List<List<EventRecord>> all = new ArrayList<>();
    all.add(List.of());
    all.add(
        List.of(
            transfer("2025-09-09T08:00:00+07:00", Fixtures.DEPARTMENT, "5.0"),
            transfer("2025-09-12T14:30:00+07:00", Fixtures.COMMUNE, "2.5"),
            resolved("2025-09-25T09:00:00+07:00", Outcome.APPROVED),
            EventRecord.of(EventType.RETURNED, at("2025-09-26T10:00:00+07:00"))));
    all.add(
        List.of(
            reason(
                EventType.SUPPLEMENT_REQUESTED,
                "2025-09-10T09:00:00+07:00",
                "Thiếu bản sao sổ đỏ;\nbổ sung trong 3 ngày\t(điều 9)"),
            EventRecord.of(EventType.SUPPLEMENT_RECEIVED, at("2025-09-15T09:00:00+07:00")),
            reason(EventType.SUSPENDED, "2025-09-16T09:00:00+07:00", "Chờ ý kiến Sở \\ Xây dựng"),
            EventRecord.of(EventType.RESUMED, at("2025-09-22T09:00:00+07:00")),
            new EventRecord(
                EventType.REAPPOINTED,
                at("2025-10-01T09:00:00+07:00"),
                null,
                null,
                "Xin lỗi, hẹn lại",
                LocalDate.of(2025, 10, 20),
                null),
            resolved("2025-10-21T11:00:00+07:00", Outcome.DENIED)));
    all.add(List.of(reason(EventType.WITHDRAWN, "2025-09-11T09:00:00+07:00", "Rút hồ sơ")));
    all.add(List.of(reason(EventType.REJECTED, "2025-09-09T09:00:00+07:00", "Không đủ điều kiện")));
    all.add(List.of(transfer("2025-09-09T08:00:00+07:00", Fixtures.DEPARTMENT, "0.5")));
    return all;
  }

  private static EventRecord transfer(String at, String unit, String allotment) {
    return new EventRecord(
        EventType.TRANSFERRED, at(at), unit, new BigDecimal(allotment), null, null, null);
  }

  private static EventRecord resolved(String at, Outcome outcome) {
    return new EventRecord(EventType.RESOLVED, at(at), null, null, null, null, outcome);
  }

  private static EventRecord reason(EventType type, String at, String reason) {
    return new EventRecord(type, at(at), null, null, reason, null, null);
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  /** Thrown to roll the comparison back. */
  private static final class RolledBack extends RuntimeException {}
}
