package vn.dunghan.dashboard;

import static vn.dunghan.support.Api.body;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of dossiers for the demo province (units and procedures of {@code demo/quang-ninh.json}),
 * received from 01/07/2025 (after the districts were abolished) up to the day before {@code today},
 * as one portal sync batch. Deterministic (seeded); whether a dossier ends early, on time or late
 * is left to the service's own calendar, the test only reads back what it decided. Some units are
 * slower than others and everybody gets faster over the year, so that the charts have something to
 * show; land dossiers of communes pass through the land registration office (liên thông), so that
 * delays are charged to one unit or the other.
 */
final class DemoDossiers {

  private static final ZoneOffset VN = ZoneOffset.ofHours(7);
  private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);
  private static final String LAND_OFFICE = "22.B04";

  /** A unit, what it handles (procedure code and prescribed working days) and how often late. */
  private record Desk(String unit, double lateness, List<Object[]> procedures) {}

  private static final List<Desk> DESKS =
      List.of(
          new Desk(
              "22.S03",
              0.06,
              List.of(
                  new Object[] {"1.013225", 20},
                  new Object[] {"9.900012", 5},
                  new Object[] {"9.900014", 20})),
          new Desk(
              "22.S01",
              0.22,
              List.of(new Object[] {"9.900020", 30}, new Object[] {"9.900023", 25})),
          new Desk(
              LAND_OFFICE,
              0.12,
              List.of(new Object[] {"9.900002", 10}, new Object[] {"9.900003", 7})),
          new Desk(
              "22.S04",
              0.03,
              List.of(
                  new Object[] {"9.900032", 15},
                  new Object[] {"9.900040", 3},
                  new Object[] {"9.900042", 3})),
          new Desk("22.C01", 0.04, communeProcedures()),
          new Desk("22.C02", 0.05, communeProcedures()),
          new Desk("22.C04", 0.08, communeProcedures()),
          new Desk("22.C08", 0.03, communeProcedures()),
          new Desk("22.C11", 0.18, communeProcedures()),
          new Desk("22.C14", 0.10, communeProcedures()));

  private static List<Object[]> communeProcedures() {
    return List.of(
        new Object[] {"1.004227", 15},
        new Object[] {"9.900010", 15},
        new Object[] {"9.900043", 3},
        new Object[] {"9.900053", 3},
        new Object[] {"1.001806", 10},
        new Object[] {"9.900080", 10});
  }

  private DemoDossiers() {}

  static List<Map<String, Object>> batch(int count, LocalDate today) {
    Random random = new Random(20260610L);
    long span = ChronoUnit.DAYS.between(FIRST, today);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Desk desk = DESKS.get(random.nextInt(DESKS.size()));
      Object[] procedure = desk.procedures().get(random.nextInt(desk.procedures().size()));
      int days = (Integer) procedure[1];
      LocalDate received = weekday(FIRST.plusDays((long) (random.nextDouble() * span)));
      if (!received.isBefore(today)) {
        received = weekday(today.minusDays(7));
      }
      OffsetDateTime receivedAt = received.atTime(8 + random.nextInt(8), 15).atOffset(VN);
      String code =
          String.format(
              "G22.%s-%s-%04d",
              desk.unit().replace("22.", ""),
              received.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")),
              i);
      Map<String, Object> item =
          body(
              "code", code,
              "procedureCode", procedure[0],
              "handlingUnitCode", desk.unit(),
              "receivingUnitCode", desk.unit(),
              "channel", random.nextInt(10) < 6 ? "ONLINE" : "DIRECT",
              "receivedAt", receivedAt.toString(),
              "applicant",
                  body("kind", "CITIZEN", "name", "Nguyễn Thị Demo", "idNumber", "022190000000"));
      List<Map<String, Object>> events = new ArrayList<>();
      item.put("events", events);
      items.add(item);
      // Working days are about 7/5 of calendar days; later in the year units are late less often.
      double progress = (double) ChronoUnit.DAYS.between(FIRST, received) / span;
      double lateness = desk.lateness() * (1.5 - progress);
      long allowed = Math.round(days * 1.4) + 1;
      // A few recent dossiers are simply stuck: the overdue list of a real province is mostly weeks
      // old.
      boolean stuck =
          ChronoUnit.DAYS.between(received, today) < 120 && random.nextDouble() < lateness;
      long took =
          random.nextDouble() < lateness
              ? allowed + 2 + random.nextInt(12)
              : Math.max(1, Math.round(allowed * (0.35 + 0.6 * random.nextDouble())) - 1);
      LocalDate resolved = weekday(received.plusDays(took));
      if ("1.004227".equals(procedure[0])) {
        LocalDate handedOver = weekday(received.plusDays(2 + random.nextInt(3)));
        if (!resolved.isAfter(handedOver)) {
          resolved = weekday(handedOver.plusDays(1));
        }
        if (handedOver.isBefore(today)) {
          events.add(
              body(
                  "type",
                  "TRANSFERRED",
                  "at",
                  handedOver.atTime(9, 30).atOffset(VN).toString(),
                  "toUnitCode",
                  LAND_OFFICE,
                  "allotment",
                  8));
        }
      }
      if (stuck || !resolved.isBefore(today)) {
        continue; // still open: overdue once its due date has passed
      }
      events.add(
          body(
              "type", "RESOLVED",
              "at", resolved.atTime(14, 0).atOffset(VN).toString(),
              "outcome", "APPROVED"));
    }
    return items;
  }

  private static LocalDate weekday(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return day.plusDays(2);
    }
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
