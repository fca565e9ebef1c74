package vn.dunghan.dossier;

/**
 * Where a dossier stands at the end of a day, as the periodic report (Biểu 06, Circular 01/2020/
 * TT-VPCP) sorts it. The open stages are "in progress"; the closing ones end the dossier's life in
 * the report.
 */
public enum ReportStage {
  /** In progress with the clock running: not yet due or overdue depending on the due date. */
  RUNNING('R'),
  /** In progress, the agency waits for a supplement (clock stopped; counted as not yet due). */
  AWAITING_SUPPLEMENT('A'),
  /** In progress, a period the sector law excludes (clock paused; counted as not yet due). */
  SUSPENDED('P'),
  RESOLVED_EARLY('E'),
  RESOLVED_ON_TIME('O'),
  RESOLVED_LATE('L'),
  WITHDRAWN('W'),
  REJECTED('J');

  final char code;

  ReportStage(char code) {
    this.code = code;
  }

  public boolean open() {
    return this == RUNNING || this == AWAITING_SUPPLEMENT || this == SUSPENDED;
  }

  static ReportStage of(char code) {
    for (ReportStage s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("no report stage '" + code + "'");
  }
}
