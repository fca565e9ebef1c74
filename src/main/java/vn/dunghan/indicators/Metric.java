package vn.dunghan.indicators;

/**
 * What a dossier contributes to the Decision 766 counters, each on a day: the day it was received,
 * the day processing ended for the index, the day it was resolved. The codes are stored: never
 * renumber one. The formulas that read them are in {@link Indicator}.
 */
enum Metric {
  /** Received (on its day of receipt). */
  RECEIVED(1),
  /** Received online, counted as online by 3.3 (a paper-result procedure needs an e-result). */
  ONLINE(2),
  /** Received, of a procedure eligible for full online service. */
  ELIGIBLE(3),
  /** Of those, received online. */
  ELIGIBLE_ONLINE(4),
  /** Received, of a fee-bearing procedure, fees not all 0. */
  FEE_BEARING(5),
  /** Of those, paid online (on the portal or the province's gateway). */
  PAID_ONLINE(6),
  /** Received with at least one document re-using digitised data. */
  REUSED(7),
  /** Received with at least one document taken from the citizen's data store. */
  FROM_STORE(8),
  /** Received, of a procedure connected to the population database. */
  POPULATION_DB(9),
  /** Of those, with VNeID or a document from the citizen's store. */
  POPULATION_USED(10),
  /** Processing ended for the index (on that day). */
  ENDED(11),
  /** Ended early or on time for the index. */
  ENDED_ON_TIME(12),
  /** Ended late for the index. */
  ENDED_LATE(13),
  /** Open and within the appointment: +1 when that starts, -1 when it stops. */
  OPEN_IN_TIME(14),
  /** Open and past the appointment: +1 when that starts, -1 when it stops. */
  OPEN_OVERDUE(15),
  /** Resolved (on its day). */
  RESOLVED(16),
  /** Resolved, of a procedure whose result is a paper document. */
  PAPER_RESOLVED(17),
  /** Of those, with a link to an electronic result. */
  E_RESULT(18),
  /** Resolved with a digitised document and an electronic result. */
  DIGITISED(19),
  /** Ended, rated badly, disliked or complained about. */
  UNFAVOURABLE(20),
  /** Resolved, counted on its day of receipt (the start of processing, indicator 2.2). */
  STARTED_RESOLVED(21),
  /** The working days those took from receipt to resolution, on the day of receipt. */
  PROCESSING_DAYS(22);

  final int code;

  Metric(int code) {
    this.code = code;
  }

  static Metric of(int code) {
    for (Metric m : values()) {
      if (m.code == code) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric " + code);
  }
}
