package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.sla.Timeliness;
import vn.dunghan.unit.Level;

/** The dossier state machine without a database: every status against every event type. */
class DossierLifecycleTest {

  private static final DeadlineContext CTX =
      new DeadlineContext(WorkingCalendar.provisionalOnly(), WorkingHours.standard(), false);
  private static final Instant RECEIVED = at("2030-03-04T09:00:00+07:00");
  private static final Instant LATER = at("2030-03-06T10:00:00+07:00");

  /** Which events each status accepts (Decree 61/2018 art. 17-20). */
  private static final Map<DossierStatus, Set<EventType>> ALLOWED =
      new EnumMap<>(DossierStatus.class);

  static {
    ALLOWED.put(
        DossierStatus.IN_PROGRESS,
        EnumSet.of(
            EventType.TRANSFERRED,
            EventType.SUPPLEMENT_REQUESTED,
            EventType.SUSPENDED,
            EventType.REAPPOINTED,
            EventType.RESOLVED,
            EventType.WITHDRAWN,
            EventType.REJECTED));
    ALLOWED.put(
        DossierStatus.AWAITING_SUPPLEMENT,
        EnumSet.of(EventType.SUPPLEMENT_RECEIVED, EventType.WITHDRAWN, EventType.REJECTED));
    ALLOWED.put(
        DossierStatus.SUSPENDED,
        EnumSet.of(
            EventType.RESUMED, EventType.REAPPOINTED, EventType.WITHDRAWN, EventType.REJECTED));
    ALLOWED.put(DossierStatus.RESOLVED, EnumSet.of(EventType.RETURNED));
    ALLOWED.put(DossierStatus.RETURNED, EnumSet.noneOf(EventType.class));
    ALLOWED.put(DossierStatus.WITHDRAWN, EnumSet.noneOf(EventType.class));
    ALLOWED.put(DossierStatus.REJECTED, EnumSet.noneOf(EventType.class));
  }

  /** The shortest history that leads to each status. */
  private static List<EventRecord> historyTo(DossierStatus status) {
    Instant t = at("2030-03-05T09:00:00+07:00");
    switch (status) {
      case AWAITING_SUPPLEMENT:
        return List.of(EventRecord.of(EventType.SUPPLEMENT_REQUESTED, t));
      case SUSPENDED:
        return List.of(EventRecord.of(EventType.SUSPENDED, t));
      case RESOLVED:
        return List.of(resolved(t));
      case RETURNED:
        return List.of(resolved(t), EventRecord.of(EventType.RETURNED, t.plusSeconds(60)));
      case WITHDRAWN:
        return List.of(EventRecord.of(EventType.WITHDRAWN, t));
      case REJECTED:
        return List.of(EventRecord.of(EventType.REJECTED, t));
      default:
        return List.of();
    }
  }

  private static EventRecord sample(EventType type, Instant at) {
    switch (type) {
      case TRANSFERRED:
        return new EventRecord(type, at, "B", BigDecimal.valueOf(2), null, null, null);
      case REAPPOINTED:
        return new EventRecord(
            type, at, null, null, "thiếu hồ sơ", LocalDate.of(2030, 4, 30), null);
      case RESOLVED:
        return resolved(at);
      default:
        return EventRecord.of(type, at);
    }
  }

  @ParameterizedTest
  @EnumSource(DossierStatus.class)
  void everyStatusAcceptsExactlyItsEvents(DossierStatus status) {
    for (EventType type : EventType.values()) {
      if (!type.external()) {
        continue;
      }
      Dossier dossier = received(5);
      List<EventRecord> history = new ArrayList<>(historyTo(status));
      dossier.replay(history, CTX);
      assertThat(dossier.status).isEqualTo(status);
      history.add(sample(type, LATER));
      if (ALLOWED.get(status).contains(type)) {
        dossier.replay(history, CTX);
      } else {
        assertThatThrownBy(() -> dossier.replay(history, CTX))
            .as("%s while %s", type, status)
            .isInstanceOf(IllegalTransitionException.class)
            .extracting(e -> ((IllegalTransitionException) e).status())
            .isEqualTo(status);
      }
    }
  }

  @Test
  void supplementRestartsTheClockFromZero() {
    // Worked example 3: 15 working days received Mon 03/03/2025, supplement 05/03-10/03 (2025
    // calendar: no holiday in March 2025, weekends only).
    Dossier dossier = received(15, at("2025-03-03T09:00:00+07:00"));
    dossier.replay(List.of(), CTX);
    assertThat(dossier.dueDate).isEqualTo(LocalDate.of(2025, 3, 24));
    dossier.replay(
        List.of(
            EventRecord.of(EventType.SUPPLEMENT_REQUESTED, at("2025-03-05T10:00:00+07:00")),
            EventRecord.of(EventType.SUPPLEMENT_RECEIVED, at("2025-03-10T08:00:00+07:00"))),
        CTX);
    assertThat(dossier.dueDate).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(dossier.clockRestarts).isEqualTo(1);
    assertThat(dossier.flagSet()).isEmpty();
  }

  @Test
  void supplementRequestAfterThreeWorkingDaysIsAcceptedButFlagged() {
    Dossier dossier = received(15, at("2025-03-03T09:00:00+07:00"));
    dossier.replay(
        List.of(EventRecord.of(EventType.SUPPLEMENT_REQUESTED, at("2025-03-07T10:00:00+07:00"))),
        CTX);
    assertThat(dossier.status).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
    assertThat(dossier.flagSet()).containsExactly(Flag.SUPPLEMENT_REQUEST_LATE);
  }

  @Test
  void suspensionMovesTheDueDateByThePausedWorkingDays() {
    Dossier dossier = received(5, at("2030-03-04T09:00:00+07:00")); // Mon; due Mon 11/03
    dossier.replay(
        List.of(
            EventRecord.of(EventType.SUSPENDED, at("2030-03-05T09:00:00+07:00")),
            EventRecord.of(EventType.RESUMED, at("2030-03-07T09:00:00+07:00"))),
        CTX);
    assertThat(dossier.pausedWorkingDays).isEqualTo(2);
    assertThat(dossier.dueDate).isEqualTo(LocalDate.of(2030, 3, 13));
  }

  @Test
  void reappointmentMovesTheAppointmentNeverTheDueDateAndHappensOnce() {
    Dossier dossier = received(5, RECEIVED);
    EventRecord reappointed = sample(EventType.REAPPOINTED, LATER);
    dossier.replay(List.of(reappointed), CTX);
    assertThat(dossier.dueDate).isEqualTo(LocalDate.of(2030, 3, 11));
    assertThat(dossier.appointmentDate).isEqualTo(LocalDate.of(2030, 4, 30));
    assertThatThrownBy(
            () -> dossier.replay(List.of(reappointed, sample(EventType.REAPPOINTED, LATER)), CTX))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("only once");
    dossier.replay(List.of(reappointed, resolved(at("2030-03-20T09:00:00+07:00"))), CTX);
    assertThat(dossier.timeliness).isEqualTo(Timeliness.LATE);
  }

  @Test
  void aStepThatOverrunsRecordsTheWorkingDaysItOverran() {
    Dossier dossier = received(10, RECEIVED); // Mon 04/03/2030
    dossier.replay(
        List.of(
            new EventRecord(
                EventType.TRANSFERRED,
                at("2030-03-05T09:00:00+07:00"),
                "B",
                BigDecimal.ONE,
                null,
                null,
                null),
            new EventRecord(
                EventType.TRANSFERRED,
                at("2030-03-08T09:00:00+07:00"),
                "C",
                BigDecimal.ONE,
                null,
                null,
                null)),
        CTX);
    Step atB = dossier.steps.get(1);
    assertThat(atB.dueDate()).isEqualTo(LocalDate.of(2030, 3, 6));
    assertThat(atB.overrunWorkingDays()).isEqualTo(2);
    assertThat(dossier.holdingUnitCode).isEqualTo("C");
  }

  @Test
  void resolvedOnTheDueDateIsOnTimeAndBeforeIsEarly() {
    Dossier onTime = received(5, RECEIVED);
    onTime.replay(List.of(resolved(at("2030-03-11T16:00:00+07:00"))), CTX);
    assertThat(onTime.timeliness).isEqualTo(Timeliness.ON_TIME);
    Dossier early = received(5, RECEIVED);
    early.replay(List.of(resolved(at("2030-03-08T16:00:00+07:00"))), CTX);
    assertThat(early.timeliness).isEqualTo(Timeliness.EARLY);
  }

  @Test
  void hourModeCountsEightWorkingHoursADayFromTheMomentOfReceipt() {
    DeadlineContext hours =
        new DeadlineContext(WorkingCalendar.provisionalOnly(), WorkingHours.standard(), true);
    // Mon 04/03/2030 16:00 + 8 h: 1.5 h on Monday, 4 h on Tuesday morning, 2.5 h to 16:00 Tuesday.
    Dossier dossier = received(1, at("2030-03-04T16:00:00+07:00"));
    dossier.replay(List.of(), hours);
    assertThat(dossier.dueDate).isEqualTo(LocalDate.of(2030, 3, 5));
    assertThat(dossier.dueAt).isEqualTo(at("2030-03-05T16:00:00+07:00"));
    dossier.replay(List.of(resolved(at("2030-03-05T16:30:00+07:00"))), hours);
    assertThat(dossier.timeliness).isEqualTo(Timeliness.LATE);
  }

  private static Dossier received(int days) {
    return received(days, RECEIVED);
  }

  private static Dossier received(int days, Instant receivedAt) {
    Dossier dossier =
        new Dossier(
            new Intake(
                "T-0001",
                "1.000001",
                "dat-dai",
                Level.COMMUNE,
                "A",
                "A",
                Channel.DIRECT,
                Source.DESK,
                receivedAt,
                BigDecimal.valueOf(days),
                ProcessingUnit.WORKING_DAYS,
                null),
            receivedAt);
    dossier.replay(List.of(), CTX);
    return dossier;
  }

  private static EventRecord resolved(Instant at) {
    return new EventRecord(EventType.RESOLVED, at, null, null, null, null, Outcome.APPROVED);
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
