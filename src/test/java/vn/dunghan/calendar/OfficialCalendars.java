package vn.dunghan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test fixture: the 2022-2026 schedules of /work/shared/data/vn-calendar.csv (date, kind, name),
 * with each year's source. 2022 and 2023 are rule-derived, 2024-2026 come from the official
 * notices. Production loads the same rows from a Flyway migration.
 */
final class OfficialCalendars {

  static final Map<Integer, String> SOURCES =
      Map.of(
          2022,
          "rule-derived (Labour Code 2019 art. 111-112); official notice not retrieved",
          2023,
          "rule-derived (Labour Code 2019 art. 111-112); official notice not retrieved",
          2024,
          "Công văn 8662/VPCP-KGVX ngày 03/11/2023; swap per Công văn 2450/VPCP-KGVX (2024)",
          2025,
          "Thông báo 6150/TB-BLĐTBXH (2024) after Công văn 8726/VPCP-KGVX ngày 26/11/2024",
          2026,
          "Thông báo 9441/TB-BNV ngày 16/10/2025 after Công văn 9859/VPCP-KGVX ngày 13/10/2025");

  private static final String CSV =
      """
      2022-01-03,DAY_OFF,Tết Dương lịch (nghỉ bù cho thứ Bảy 01/01)
      2022-01-31,DAY_OFF,Tết Nguyên đán
      2022-02-01,DAY_OFF,Tết Nguyên đán
      2022-02-02,DAY_OFF,Tết Nguyên đán
      2022-02-03,DAY_OFF,Tết Nguyên đán
      2022-02-04,DAY_OFF,Tết Nguyên đán
      2022-04-11,DAY_OFF,Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 10/04)
      2022-05-02,DAY_OFF,Ngày Chiến thắng (nghỉ bù cho thứ Bảy 30/04)
      2022-05-03,DAY_OFF,Quốc tế Lao động (nghỉ bù cho Chủ nhật 01/05)
      2022-09-01,DAY_OFF,Quốc khánh (ngày liền kề)
      2022-09-02,DAY_OFF,Quốc khánh
      2023-01-02,DAY_OFF,Tết Dương lịch (nghỉ bù cho Chủ nhật 01/01)
      2023-01-20,DAY_OFF,Tết Nguyên đán
      2023-01-23,DAY_OFF,Tết Nguyên đán
      2023-01-24,DAY_OFF,Tết Nguyên đán
      2023-01-25,DAY_OFF,Tết Nguyên đán
      2023-01-26,DAY_OFF,Tết Nguyên đán
      2023-05-01,DAY_OFF,Quốc tế Lao động
      2023-05-02,DAY_OFF,Giỗ Tổ Hùng Vương (nghỉ bù cho thứ Bảy 29/04)
      2023-05-03,DAY_OFF,Ngày Chiến thắng (nghỉ bù cho Chủ nhật 30/04)
      2023-09-01,DAY_OFF,Quốc khánh (ngày liền kề)
      2023-09-04,DAY_OFF,Quốc khánh (nghỉ bù cho thứ Bảy 02/09)
      2024-01-01,DAY_OFF,Tết Dương lịch
      2024-02-08,DAY_OFF,Tết Nguyên đán
      2024-02-09,DAY_OFF,Tết Nguyên đán
      2024-02-12,DAY_OFF,Tết Nguyên đán
      2024-02-13,DAY_OFF,Tết Nguyên đán
      2024-02-14,DAY_OFF,Tết Nguyên đán
      2024-04-18,DAY_OFF,Giỗ Tổ Hùng Vương
      2024-04-29,DAY_OFF,Hoán đổi ngày làm việc (làm bù thứ Bảy 04/05)
      2024-04-30,DAY_OFF,Ngày Chiến thắng
      2024-05-01,DAY_OFF,Quốc tế Lao động
      2024-05-04,WORKING_DAY,Làm bù cho thứ Hai 29/04
      2024-09-02,DAY_OFF,Quốc khánh
      2024-09-03,DAY_OFF,Quốc khánh (ngày liền kề)
      2025-01-01,DAY_OFF,Tết Dương lịch
      2025-01-27,DAY_OFF,Tết Nguyên đán
      2025-01-28,DAY_OFF,Tết Nguyên đán
      2025-01-29,DAY_OFF,Tết Nguyên đán
      2025-01-30,DAY_OFF,Tết Nguyên đán
      2025-01-31,DAY_OFF,Tết Nguyên đán
      2025-04-07,DAY_OFF,Giỗ Tổ Hùng Vương
      2025-04-26,WORKING_DAY,Làm bù cho thứ Sáu 02/05
      2025-04-30,DAY_OFF,Ngày Chiến thắng
      2025-05-01,DAY_OFF,Quốc tế Lao động
      2025-05-02,DAY_OFF,Hoán đổi ngày làm việc (làm bù thứ Bảy 26/04)
      2025-09-01,DAY_OFF,Quốc khánh (ngày liền kề)
      2025-09-02,DAY_OFF,Quốc khánh
      2026-01-01,DAY_OFF,Tết Dương lịch
      2026-02-16,DAY_OFF,Tết Nguyên đán
      2026-02-17,DAY_OFF,Tết Nguyên đán
      2026-02-18,DAY_OFF,Tết Nguyên đán
      2026-02-19,DAY_OFF,Tết Nguyên đán
      2026-02-20,DAY_OFF,Tết Nguyên đán
      2026-04-27,DAY_OFF,Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/04)
      2026-04-30,DAY_OFF,Ngày Chiến thắng
      2026-05-01,DAY_OFF,Quốc tế Lao động
      2026-08-22,WORKING_DAY,Làm bù cho thứ Hai 31/08
      2026-08-31,DAY_OFF,Hoán đổi ngày làm việc (làm bù thứ Bảy 22/08)
      2026-09-01,DAY_OFF,Quốc khánh (ngày liền kề)
      2026-09-02,DAY_OFF,Quốc khánh
      """;

  private static final WorkingCalendar OFFICIAL = new WorkingCalendar(loadedYears());

  private OfficialCalendars() {}

  /** The loaded years 2022-2026, as the production loader would hand them over. */
  static Map<Integer, List<CalendarEntry>> loadedYears() {
    Map<Integer, List<CalendarEntry>> years = new TreeMap<>();
    for (String line : CSV.strip().split("\n")) {
      String[] fields = line.split(",", 3);
      LocalDate date = LocalDate.parse(fields[0]);
      DayKind kind = DayKind.valueOf(fields[1]);
      CalendarEntry entry = new CalendarEntry(date, kind, fields[2], SOURCES.get(date.getYear()));
      years.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(entry);
    }
    return years;
  }

  /** Entries of one loaded year. */
  static List<CalendarEntry> year(int year) {
    return loadedYears().get(year);
  }

  /** 2022-2026 loaded, other years provisional. */
  static WorkingCalendar official() {
    return OFFICIAL;
  }

  /** The given years loaded with no entry at all: plain Monday-Friday weeks, no holiday table. */
  static WorkingCalendar weekendsOnly(int... years) {
    Map<Integer, List<CalendarEntry>> empty = new TreeMap<>();
    for (int year : years) {
      empty.put(year, List.of());
    }
    return new WorkingCalendar(empty);
  }
}
