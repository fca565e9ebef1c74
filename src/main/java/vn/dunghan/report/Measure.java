package vn.dunghan.report;

/**
 * What the report counters hold per unit, field and day. Flows count what happened on the day;
 * levels are changes, so a level on a day is the sum of its changes up to that day.
 */
public enum Measure {
  RECEIVED_ONLINE("received_online", false),
  RECEIVED_DIRECT("received_direct", false),
  RESOLVED_EARLY("resolved_early", false),
  RESOLVED_ON_TIME("resolved_on_time", false),
  RESOLVED_LATE("resolved_late", false),
  WITHDRAWN("withdrawn", false),
  REJECTED("rejected", false),
  OPEN("open_change", true),
  OVERDUE("overdue_change", true),
  AWAITING_SUPPLEMENT("supplement_change", true),
  SUSPENDED("suspended_change", true);

  /** The column of {@code report_counter}. */
  public final String column;

  public final boolean level;

  Measure(String column, boolean level) {
    this.column = column;
    this.level = level;
  }

  static final int COUNT = values().length;
}
