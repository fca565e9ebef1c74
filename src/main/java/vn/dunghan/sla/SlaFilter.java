package vn.dunghan.sla;

import java.time.LocalDate;
import vn.dunghan.unit.Level;

/**
 * A window and the optional filters of the SLA reads; {@code unitPath} (of unit {@code unitCode})
 * includes descendants. {@code hierarchy} says whose tree decides what lies below the unit: each
 * day's ({@code AS_OF_DAY}), today's with the units merged into one below it ({@code AS_NOW}, whose
 * codes are {@code merged}), or today's alone (null: the open lists, which are about today).
 */
public record SlaFilter(
    LocalDate from,
    LocalDate to,
    Level level,
    String fieldCode,
    String unitPath,
    String unitCode,
    vn.dunghan.unit.Hierarchy hierarchy,
    java.util.Set<String> merged) {

  SlaFilter(LocalDate from, LocalDate to, Level level, String fieldCode, String unitPath) {
    this(from, to, level, fieldCode, unitPath, null, null, java.util.Set.of());
  }

  /** Whether the unit filter reads the version of each row's day (a join on unit_version). */
  boolean byDay() {
    return unitPath != null && hierarchy == vn.dunghan.unit.Hierarchy.AS_OF_DAY;
  }
}
