package vn.dunghan.report;

/**
 * The counts of one report row (Biểu 06, Circular 01/2020/TT-VPCP), from which the totals follow.
 * Carried over is what was open at the end of the previous window; in progress, overdue, awaiting
 * supplement and suspended are judged at the end of this one.
 */
public record Figures(
    long newOnline,
    long newDirect,
    long carriedOver,
    long early,
    long onTime,
    long late,
    long inProgress,
    long overdue,
    long withdrawn,
    long rejected,
    long awaitingSupplement,
    long suspended) {

  public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Col 3 = 4 + 5 + 6. */
  public long received() {
    return newOnline + newDirect + carriedOver;
  }

  /** Col 7 = 8 + 9 + 10. */
  public long resolved() {
    return early + onTime + late;
  }

  /** Col 12 = 11 - 13: in progress and not past the due date (incl. clock stopped). */
  public long notDue() {
    return inProgress - overdue;
  }

  public Figures plus(Figures o) {
    return new Figures(
        newOnline + o.newOnline,
        newDirect + o.newDirect,
        carriedOver + o.carriedOver,
        early + o.early,
        onTime + o.onTime,
        late + o.late,
        inProgress + o.inProgress,
        overdue + o.overdue,
        withdrawn + o.withdrawn,
        rejected + o.rejected,
        awaitingSupplement + o.awaitingSupplement,
        suspended + o.suspended);
  }

  public Figures minus(Figures o) {
    return new Figures(
        newOnline - o.newOnline,
        newDirect - o.newDirect,
        carriedOver - o.carriedOver,
        early - o.early,
        onTime - o.onTime,
        late - o.late,
        inProgress - o.inProgress,
        overdue - o.overdue,
        withdrawn - o.withdrawn,
        rejected - o.rejected,
        awaitingSupplement - o.awaitingSupplement,
        suspended - o.suspended);
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  /** The figures as stored in a snapshot row, in column order. */
  public long[] toArray() {
    return new long[] {
      newOnline,
      newDirect,
      carriedOver,
      early,
      onTime,
      late,
      inProgress,
      overdue,
      withdrawn,
      rejected,
      awaitingSupplement,
      suspended
    };
  }

  public static Figures of(long[] v) {
    return new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
  }

  /**
   * From the sums of the counters of one unit and field: {@code flows} inside the window, {@code
   * before} the levels at the end of the day before it, {@code end} the levels at its end (arrays
   * indexed by {@link Measure} ordinal).
   */
  public static Figures fromSums(long[] flows, long[] before, long[] end) {
    return new Figures(
        flows[Measure.RECEIVED_ONLINE.ordinal()],
        flows[Measure.RECEIVED_DIRECT.ordinal()],
        before[Measure.OPEN.ordinal()],
        flows[Measure.RESOLVED_EARLY.ordinal()],
        flows[Measure.RESOLVED_ON_TIME.ordinal()],
        flows[Measure.RESOLVED_LATE.ordinal()],
        end[Measure.OPEN.ordinal()],
        end[Measure.OVERDUE.ordinal()],
        flows[Measure.WITHDRAWN.ordinal()],
        flows[Measure.REJECTED.ordinal()],
        end[Measure.AWAITING_SUPPLEMENT.ordinal()],
        end[Measure.SUSPENDED.ordinal()]);
  }
}
