package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.schedule.CalendarService;
import vn.dunghan.shared.SqlValues;
import vn.dunghan.unit.AdministrativeUnit;
import vn.dunghan.unit.UnitService;

/**
 * Each working day, every head whose unit holds overdue dossiers receives one email listing them
 * (rõ người, rõ việc): written to the outbox once per recipient and day, sent by the dispatcher.
 */
@ApplicationScoped
public class DailyDigest {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int MAX_LINES = 200;

  private final EntityManager em;
  private final CalendarService calendars;
  private final UnitService units;
  private final NotifyConfig config;
  private final Clock clock;

  DailyDigest(
      EntityManager em,
      CalendarService calendars,
      UnitService units,
      NotifyConfig config,
      Clock clock) {
    this.em = em;
    this.calendars = calendars;
    this.units = units;
    this.config = config;
    this.clock = clock;
  }

  /** What a digest run did. */
  public record DigestResult(int units, int enqueued, boolean notAWorkingDay) {}

  private record Line(String code, String procedureCode, LocalDate dueDate) {}

  @Transactional
  public DigestResult run() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    WorkingCalendar calendar = calendars.calendar();
    if (!calendar.isWorkingDay(today)) {
      return new DigestResult(0, 0, true);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select holding_unit_code, code, procedure_code, due_date from dossier"
                    + " where status = 'IN_PROGRESS' and due_date < :today"
                    + " order by holding_unit_code, due_date, code")
            .setParameter("today", Date.valueOf(today))
            .getResultList();
    Map<String, List<Line>> byUnit = new LinkedHashMap<>();
    for (Object[] r : rows) {
      LocalDate due = SqlValues.localDate(r[3]);
      byUnit
          .computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add(new Line((String) r[1], (String) r[2], due));
    }
    int enqueued = 0;
    for (Map.Entry<String, List<Line>> e : byUnit.entrySet()) {
      AdministrativeUnit unit = units.find(e.getKey()).orElse(null);
      if (unit == null || unit.head() == null || unit.head().email() == null) {
        continue;
      }
      enqueued +=
          em.createNativeQuery(
                  "insert into notification (dossier_id, dossier_code, digest_on, stage, unit_code,"
                      + " channel, recipient, subject, body, status, attempts, next_attempt_at,"
                      + " created_at) values (null, null, :day, 'DIGEST', :unit, 'EMAIL', :to,"
                      + " :subject, :body, 'PENDING', 0, :now, :now)"
                      + " on conflict (recipient, digest_on) where stage = 'DIGEST' do nothing")
              .setParameter("day", Date.valueOf(today))
              .setParameter("unit", unit.code())
              .setParameter("to", unit.head().email())
              .setParameter(
                  "subject",
                  "[Đúng Hạn] "
                      + e.getValue().size()
                      + " hồ sơ quá hạn tại "
                      + unit.name()
                      + " ngày "
                      + DAY.format(today))
              .setParameter("body", body(unit, e.getValue(), today, calendar))
              .setParameter("now", Timestamp.from(now))
              .executeUpdate();
    }
    return new DigestResult(byUnit.size(), enqueued, false);
  }

  private String body(
      AdministrativeUnit unit, List<Line> lines, LocalDate today, WorkingCalendar calendar) {
    StringBuilder text = new StringBuilder();
    String head = unit.head().name() == null ? "Thủ trưởng đơn vị" : unit.head().name();
    text.append("Kính gửi ").append(head).append(" (").append(unit.name()).append("),\n\n");
    text.append("Đến ngày ")
        .append(DAY.format(today))
        .append(", đơn vị đang giữ ")
        .append(lines.size())
        .append(" hồ sơ quá hạn giải quyết:\n\n");
    for (Line line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
      text.append("- ")
          .append(line.code())
          .append(" (thủ tục ")
          .append(line.procedureCode())
          .append("), hạn ")
          .append(DAY.format(line.dueDate()))
          .append(", quá hạn ")
          .append(calendar.countWorkingDays(line.dueDate(), today))
          .append(" ngày làm việc: ")
          .append(config.dossierLinkBase())
          .append(line.code())
          .append('\n');
    }
    if (lines.size() > MAX_LINES) {
      text.append("... và ").append(lines.size() - MAX_LINES).append(" hồ sơ khác.\n");
    }
    text.append("\nThư này được gửi tự động bởi hệ thống Đúng Hạn.\n");
    return text.toString();
  }
}
