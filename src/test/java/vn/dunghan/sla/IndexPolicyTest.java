package vn.dunghan.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of Decision 766 indicator 2.1 that differs from Decree 61/2018 art. 19(4). */
class IndexPolicyTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate APPOINTMENT = LocalDate.parse("2025-09-24");

  static Instant at(String local) {
    return OffsetDateTime.parse(local + "+07:00").toInstant();
  }

  static IndexPolicy.Judgement ended(String end, List<IndexPolicy.Wait> waits, int requests) {
    return IndexPolicy.judge(
        new IndexPolicy.Input(APPOINTMENT, at(end), waits, null, requests),
        LocalDate.parse("2030-01-01"),
        ZONE);
  }

  @Test
  void endedDossiersAreEarlyOnTimeOrLateAgainstTheAppointment() {
    assertThat(ended("2025-09-23T16:00:00", List.of(), 0).verdict())
        .isEqualTo(IndexPolicy.Verdict.EARLY);
    assertThat(ended("2025-09-24T16:59:00", List.of(), 0).verdict())
        .isEqualTo(IndexPolicy.Verdict.ON_TIME);
    IndexPolicy.Judgement late = ended("2025-09-25T08:00:00", List.of(), 0);
    assertThat(late.verdict()).isEqualTo(IndexPolicy.Verdict.LATE);
    assertThat(late.effectiveEnd()).isEqualTo(LocalDate.parse("2025-09-25"));
    assertThat(late.reason()).contains("2025-09-25 after the appointment of 2025-09-24");
  }

  @Test
  void theSupplementWaitIsSubtractedNotRestarted() {
    // Ended 3 days after the appointment, but the applicant took 5 days to complete the dossier.
    IndexPolicy.Judgement j =
        ended(
            "2025-09-27T10:00:00",
            List.of(new IndexPolicy.Wait(at("2025-09-05T10:00:00"), at("2025-09-10T10:00:00"))),
            1);
    assertThat(j.verdict()).isEqualTo(IndexPolicy.Verdict.EARLY);
    assertThat(j.effectiveEnd()).isEqualTo(LocalDate.parse("2025-09-22"));
    assertThat(j.reason()).contains("less 5 day(s) the applicant took to supplement");
    // A wait of 2 days is not enough for the same end.
    assertThat(
            ended(
                    "2025-09-27T10:00:00",
                    List.of(
                        new IndexPolicy.Wait(at("2025-09-05T10:00:00"), at("2025-09-07T10:00:00"))),
                    1)
                .verdict())
        .isEqualTo(IndexPolicy.Verdict.LATE);
  }

  @Test
  void moreThanOneSupplementRequestIsLateWhateverTheDates() {
    List<IndexPolicy.Wait> two =
        List.of(
            new IndexPolicy.Wait(at("2025-09-04T10:00:00"), at("2025-09-05T10:00:00")),
            new IndexPolicy.Wait(at("2025-09-08T10:00:00"), at("2025-09-09T10:00:00")));
    IndexPolicy.Judgement j = ended("2025-09-10T10:00:00", two, 2);
    assertThat(j.verdict()).isEqualTo(IndexPolicy.Verdict.LATE);
    assertThat(j.reason()).contains("2 supplement requests");
    assertThat(ended("2025-09-10T10:00:00", two.subList(0, 1), 1).verdict())
        .isEqualTo(IndexPolicy.Verdict.EARLY);
  }

  @Test
  void anOpenDossierIsInTimeUntilItsAppointmentAsOfTheDayAsked() {
    IndexPolicy.Input open = new IndexPolicy.Input(APPOINTMENT, null, List.of(), null, 0);
    assertThat(IndexPolicy.judge(open, APPOINTMENT, ZONE).verdict())
        .isEqualTo(IndexPolicy.Verdict.IN_TIME);
    assertThat(IndexPolicy.judge(open, APPOINTMENT, ZONE).verdict().counts()).isTrue();
    IndexPolicy.Judgement after = IndexPolicy.judge(open, APPOINTMENT.plusDays(1), ZONE);
    assertThat(after.verdict()).isEqualTo(IndexPolicy.Verdict.OVERDUE);
    assertThat(after.verdict().counts()).isFalse();
    assertThat(after.effectiveEnd()).isNull();
  }

  @Test
  void anUnansweredSupplementRequestEndsProcessingOnItsDay() {
    IndexPolicy.Input waiting =
        new IndexPolicy.Input(APPOINTMENT, null, List.of(), at("2025-09-10T10:00:00"), 1);
    // However late the day asked, it ended on the 10th, before the appointment.
    IndexPolicy.Judgement j = IndexPolicy.judge(waiting, LocalDate.parse("2025-12-31"), ZONE);
    assertThat(j.verdict()).isEqualTo(IndexPolicy.Verdict.EARLY);
    assertThat(j.effectiveEnd()).isEqualTo(LocalDate.parse("2025-09-10"));
    assertThat(j.reason()).contains("unanswered");
  }
}
