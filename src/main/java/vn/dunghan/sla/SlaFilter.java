package vn.dunghan.sla;

import java.time.LocalDate;
import vn.dunghan.unit.Level;

/** A window and the optional filters of the SLA reads; {@code unitPath} includes descendants. */
public record SlaFilter(
    LocalDate from, LocalDate to, Level level, String fieldCode, String unitPath) {}
