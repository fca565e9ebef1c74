package vn.dunghan.calendar.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.dunghan.support.Api.body;
import static vn.dunghan.support.Api.get;
import static vn.dunghan.support.Api.given;
import static vn.dunghan.support.Api.put;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void officialYearListsItsDaysOffWithTheirSource() {
    // 2025: 261 weekdays, 12 of them off, plus the make-up Saturday 26/04 = 250 working days.
    get("/api/v1/calendar/2025")
        .statusCode(200)
        .body("status", equalTo("OFFICIAL"))
        .body("revision", equalTo(1))
        .body("workingDays", equalTo(250))
        .body("entries.date", hasItems("2025-01-27", "2025-05-02", "2025-09-01"))
        .body("entries.find { it.date == '2025-04-26' }.kind", equalTo("WORKING_DAY"))
        .body("entries.find { it.date == '2025-04-26' }.dayOfWeek", equalTo("SATURDAY"))
        .body("entries.find { it.date == '2025-04-26' }.name", equalTo("Làm bù cho thứ Sáu 02/05"))
        .body(
            "entries.find { it.date == '2025-01-28' }.source",
            equalTo(
                "Thông báo 6150/TB-BLĐTBXH (2024) after Công văn 8726/VPCP-KGVX ngày 26/11/2024"));
  }

  @Test
  void yearWithoutANoticeIsProvisionalAndComputedFromTheLunarCalendar() {
    // Lunar New Year 2027 is Saturday 6 February.
    get("/api/v1/calendar/2027")
        .statusCode(200)
        .body("status", equalTo("PROVISIONAL"))
        .body("revision", nullValue())
        .body("entries.date", hasItem("2027-01-01"))
        .body(
            "entries.findAll { it.name.startsWith('Tết Nguyên đán') }.date", hasItem("2027-02-08"));
  }

  @Test
  void addingWorkingDaysAcrossTetListsTheSkippedDays() {
    // Worked example 1: 15 working days from Mon 20/01/2025 run out on Mon 17/02/2025.
    get("/api/v1/calendar/add-working-days?from=2025-01-20&days=15")
        .statusCode(200)
        .body("dueDate", equalTo("2025-02-17"))
        .body("provisional", equalTo(false))
        .body("skipped.find { it.date == '2025-01-27' }.reason", equalTo("DAY_OFF"))
        .body("skipped.find { it.date == '2025-01-27' }.name", equalTo("Tết Nguyên đán"))
        .body("skipped.find { it.date == '2025-01-25' }.reason", equalTo("WEEKEND"))
        .body("skipped.date", not(hasItem("2025-02-17")));
  }

  @Test
  void makeUpSaturdayCounts() {
    // Worked example 2.
    get("/api/v1/calendar/add-working-days?from=2025-04-24&days=3")
        .statusCode(200)
        .body("dueDate", equalTo("2025-04-28"))
        .body("skipped", hasSize(1))
        .body("skipped[0].date", equalTo("2025-04-27"));
    get("/api/v1/calendar/next-working-day?after=2025-04-25")
        .statusCode(200)
        .body("date", equalTo("2025-04-26"));
    get("/api/v1/calendar/working-days?from=2025-04-24&to=2025-04-28")
        .statusCode(200)
        .body("workingDays", equalTo(3));
  }

  @Test
  void sameDayProcedureReceivedAfterTheCutoffIsDueNextWorkingDay() {
    // Law on Civil Status 2014 art. 5(3): after 15:00, the next working day (here the make-up
    // Saturday).
    sameDay("2025-04-25T15:30:00+07:00")
        .statusCode(200)
        .body("from", equalTo("2025-04-26"))
        .body("dueDate", equalTo("2025-04-26"));
    sameDay("2025-04-25T14:59:00+07:00").statusCode(200).body("dueDate", equalTo("2025-04-25"));
  }

  private static ValidatableResponse sameDay(String receivedAt) {
    return given()
        .queryParam("receivedAt", receivedAt)
        .queryParam("cutoff", "15:00")
        .queryParam("days", 0)
        .get("/api/v1/calendar/add-working-days")
        .then();
  }

  @Test
  void workingHoursRunOnAfterTet() {
    // Friday 24/01/2025 16:00: 1.5 h that afternoon, then Tết and a weekend, then 2.5 h on 03/02.
    get("/api/v1/calendar/add-working-hours?from=2025-01-24T16:00&hours=4")
        .statusCode(200)
        .body("dueAt", equalTo("2025-02-03T10:00:00"));
  }

  @Test
  void badArithmeticQuestionsAreNamed() {
    get("/api/v1/calendar/add-working-days?from=2025-01-20&days=0.25")
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("days"))
        .body("errors[0].message", equalTo("must be whole or half working days"));
    get("/api/v1/calendar/add-working-days?days=3")
        .statusCode(422)
        .body("errors[0].field", equalTo("from"));
    get("/api/v1/calendar/add-working-days?from=20-01-2025&days=3")
        .statusCode(400)
        .contentType(PROBLEM);
    get("/api/v1/calendar/working-days?from=2025-01-01")
        .statusCode(422)
        .body("errors[0].field", equalTo("to"));
  }

  @Test
  void replacingAYearRecordsWhoAndWhyAndChangesTheArithmetic() {
    // 2031 is not used by any other test; its provisional Tết starts on the lunar new year's eve.
    Map<String, Object> notice =
        body(
            "status", "OFFICIAL",
            "source", "Thông báo 1/TB-BNV (thử nghiệm)",
            "reason", "Công bố lịch nghỉ chính thức năm 2031",
            "changedBy", "vanphong@ubnd.test",
            "entries",
                List.of(
                    body("date", "2031-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch"),
                    body("date", "2031-01-02", "kind", "DAY_OFF", "name", "Nghỉ hoán đổi"),
                    body(
                        "date",
                        "2031-01-04",
                        "kind",
                        "WORKING_DAY",
                        "name",
                        "Làm bù cho thứ Năm 02/01")));
    put("/api/v1/calendar/2031", notice)
        .statusCode(200)
        .body("status", equalTo("OFFICIAL"))
        .body("revision", equalTo(1))
        // Who changed it is the caller's token, whatever the body says.
        .body("changedBy", equalTo("kiem-thu-tu-dong"))
        .body("entries", hasSize(3));
    get("/api/v1/calendar/2031")
        .statusCode(200)
        .body("reason", equalTo("Công bố lịch nghỉ chính thức năm 2031"));
    get("/api/v1/calendar/next-working-day?after=2030-12-31")
        .statusCode(200)
        .body("date", equalTo("2031-01-03"));
    get("/api/v1/calendar/next-working-day?after=2031-01-03")
        .statusCode(200)
        .body("date", equalTo("2031-01-04"));
    get("/api/v1/calendar/2031/changes")
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].changedBy", equalTo("kiem-thu-tu-dong"))
        .body("[0].current", hasSize(3))
        .body("[0].previous.name", hasItem("Tết Dương lịch"));
  }

  @Test
  void aScheduleHoldsOnlyExceptionsToTheWeek() {
    Map<String, Object> notice =
        body(
            "status", "OFFICIAL",
            "source", "x",
            "reason", "y",
            "changedBy", "z",
            "entries",
                List.of(
                    body("date", "2032-01-03", "kind", "DAY_OFF", "name", "Thứ Bảy"),
                    body("date", "2032-01-05", "kind", "WORKING_DAY", "name", "Thứ Hai"),
                    body("date", "2033-01-05", "kind", "DAY_OFF", "name", "Năm khác")));
    put("/api/v1/calendar/2032", notice)
        .statusCode(422)
        .contentType(PROBLEM)
        .body("errors.field", hasItems("entries[0].kind", "entries[1].kind", "entries[2].date"));
    get("/api/v1/calendar/2032").statusCode(200).body("status", equalTo("PROVISIONAL"));
  }
}
