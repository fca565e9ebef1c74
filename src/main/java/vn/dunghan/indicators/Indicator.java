package vn.dunghan.indicators;

import java.math.BigDecimal;

/**
 * The Decision 766/QĐ-TTg indicators this service computes from dossier data, each formula in one
 * place with its source: the published description of the 766 formulas ("Mô tả công thức tính chỉ
 * số 766", as transcribed by implementers; secondary, see docs/indicators.md) and the maxima of the
 * decision's annex. Points are the ratio × maximum ÷ the ratio that earns full points, capped at
 * the maximum; a zero denominator is N/A (null), never 0 %.
 */
enum Indicator {
  SYNCED(
      "1.4",
      "Hồ sơ được đồng bộ lên Cổng DVCQG / dossiers synced to the national portal",
      6,
      "1",
      "dossiers received in the period that the portal acknowledged ÷ dossiers received in the"
          + " period"),
  ON_TIME(
      "2.1",
      "Hồ sơ xử lý trước hạn, đúng hạn / dossiers processed early or on time",
      20,
      "1",
      "(ended in the period early or on time + open at its end within the appointment) ÷ (ended"
          + " in the period + open at its end); the index's own rule (IndexPolicy)"),
  PROCESSING_TIME(
      "2.2",
      "Thời gian xử lý trung bình / average processing time (working days)",
      0,
      null,
      "working days from receipt to resolution ÷ dossiers resolved, for dossiers received in the"
          + " period (shown, no points)"),
  FULL_ONLINE(
      "3.x",
      "Hồ sơ trực tuyến toàn trình / full-online share of eligible procedures",
      12,
      "1",
      "dossiers received online ÷ dossiers received, of procedures eligible for full online"
          + " service"),
  ONLINE_CHANNEL(
      "3.3",
      "Hồ sơ nộp trực tuyến / dossiers received online (within 3.x)",
      0,
      "0.5",
      "dossiers received online (for a paper-result procedure only with an electronic result) ÷"
          + " dossiers received; full at 50 %, its points are within 3.x"),
  PAYMENT_PROCEDURES(
      "3.5b",
      "Thủ tục có giao dịch thanh toán trực tuyến / procedures with online payments",
      2,
      "1",
      "fee-bearing procedures with at least one dossier paid online ÷ fee-bearing procedures with"
          + " dossiers, received in the period"),
  PAID_ONLINE(
      "3.6",
      "Hồ sơ thanh toán trực tuyến / dossiers paid online",
      6,
      "1",
      "dossiers paid online (on the portal or the province's gateway) ÷ dossiers of fee-bearing"
          + " procedures whose fees are not all 0, received in the period"),
  E_RESULT(
      "4.1",
      "Hồ sơ có kết quả điện tử / dossiers with an electronic result",
      6,
      "1",
      "resolved dossiers with a link to an electronic result ÷ resolved dossiers of procedures"
          + " whose result is a paper document"),
  DIGITISED(
      "4.2",
      "Hồ sơ được số hóa / dossiers digitised (documents and result)",
      4,
      "0.8",
      "resolved dossiers with a digitised document and an electronic result ÷ resolved dossiers;"
          + " full at 80 %"),
  REUSED(
      "4.3",
      "Hồ sơ tái sử dụng dữ liệu số hóa / dossiers re-using digitised data",
      2,
      "0.8",
      "dossiers with a document re-using digitised data ÷ dossiers received; full at 80 %"),
  FROM_STORE(
      "4.4",
      "Hồ sơ lấy từ kho dữ liệu của công dân / dossiers linked to the citizen's data store",
      4,
      "1",
      "dossiers with a document taken from the citizen's data store ÷ dossiers received"),
  POPULATION_DATA(
      "4.5b",
      "Hồ sơ sử dụng dữ liệu dân cư / dossiers using population data",
      2,
      "1",
      "dossiers with a VNeID-authenticated account or a document from the citizen's store ÷"
          + " dossiers of procedures connected to the population database"),
  SATISFACTION(
      "5.4",
      "Mức độ hài lòng trong tiếp nhận, giải quyết / satisfaction with reception and resolution",
      6,
      "0.9",
      "1 − (late for the index + rated badly, disliked or complained about) ÷ dossiers ended in"
          + " the period; full at 90 %");

  final String id;
  final String title;
  final BigDecimal maxPoints;
  final BigDecimal fullAt;
  final String formula;

  Indicator(String id, String title, int maxPoints, String fullAt, String formula) {
    this.id = id;
    this.title = title;
    this.maxPoints = BigDecimal.valueOf(maxPoints);
    this.fullAt = fullAt == null ? null : new BigDecimal(fullAt);
    this.formula = formula;
  }

  static Indicator byId(String id) {
    for (Indicator i : values()) {
      if (i.id.equals(id)) {
        return i;
      }
    }
    return null;
  }

  /** The numerator and denominator from a unit's sums for the period. */
  long[] fraction(Sums s) {
    switch (this) {
      case SYNCED:
        return new long[] {s.synced(), s.received()};
      case ON_TIME:
        long openInTime = s.asOf(Metric.OPEN_IN_TIME);
        long open = openInTime + s.asOf(Metric.OPEN_OVERDUE);
        return new long[] {s.in(Metric.ENDED_ON_TIME) + openInTime, s.in(Metric.ENDED) + open};
      case PROCESSING_TIME:
        return new long[] {s.in(Metric.PROCESSING_DAYS), s.in(Metric.STARTED_RESOLVED)};
      case FULL_ONLINE:
        return new long[] {s.in(Metric.ELIGIBLE_ONLINE), s.in(Metric.ELIGIBLE)};
      case ONLINE_CHANNEL:
        return new long[] {s.in(Metric.ONLINE), s.in(Metric.RECEIVED)};
      case PAYMENT_PROCEDURES:
        return new long[] {s.paidProcedures(), s.feeProcedures()};
      case PAID_ONLINE:
        return new long[] {s.in(Metric.PAID_ONLINE), s.in(Metric.FEE_BEARING)};
      case E_RESULT:
        return new long[] {s.in(Metric.E_RESULT), s.in(Metric.PAPER_RESOLVED)};
      case DIGITISED:
        return new long[] {s.in(Metric.DIGITISED), s.in(Metric.RESOLVED)};
      case REUSED:
        return new long[] {s.in(Metric.REUSED), s.in(Metric.RECEIVED)};
      case FROM_STORE:
        return new long[] {s.in(Metric.FROM_STORE), s.in(Metric.RECEIVED)};
      case POPULATION_DATA:
        return new long[] {s.in(Metric.POPULATION_USED), s.in(Metric.POPULATION_DB)};
      case SATISFACTION:
        long ended = s.in(Metric.ENDED);
        long bad = s.in(Metric.ENDED_LATE) + s.in(Metric.UNFAVOURABLE);
        return new long[] {Math.max(0, ended - bad), ended};
      default:
        throw new IllegalStateException(name());
    }
  }

  /** The indicators of Decision 766 this service cannot compute, and where they come from. */
  enum Unavailable {
    PUBLISHED_ON_TIME("1.1", 6, "the national procedure database (publication of procedures)"),
    UPDATED_ON_TIME("1.2", 4, "the national procedure database"),
    PUBLISHED_COMPLETE("1.3", 2, "the national procedure database"),
    ONLINE_PROCEDURES(
        "3.1",
        0,
        "the national procedure database (procedures offering online service; within 3.x)"),
    PAYABLE_PROCEDURES("3.5", 2, "the national procedure database (fee data of procedures)"),
    CERTIFIED_COPIES("4.x", 2, "the electronic certified-copy systems"),
    POPULATION_PROCEDURES("4.5a", 2, "the national procedure database and the population database"),
    FEEDBACK_CATEGORIES("5.1", 0, "the feedback system (Hệ thống tiếp nhận phản ánh kiến nghị)"),
    FEEDBACK_ON_TIME("5.2", 6, "the feedback system"),
    FEEDBACK_SATISFACTION("5.3", 6, "the feedback system");

    final String id;
    final int maxPoints;
    final String heldBy;

    Unavailable(String id, int maxPoints, String heldBy) {
      this.id = id;
      this.maxPoints = maxPoints;
      this.heldBy = heldBy;
    }
  }
}
