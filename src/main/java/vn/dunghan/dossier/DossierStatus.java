package vn.dunghan.dossier;

/**
 * Where a dossier stands. The statuses follow the lifecycle of Decree 61/2018 art. 17-20 and the
 * states real one-stop systems display (đang xử lý, yêu cầu bổ sung, dừng xử lý, đã xử lý xong, đã
 * trả kết quả).
 */
public enum DossierStatus {
  /** Received and being handled; the clock runs. */
  IN_PROGRESS,
  /** The agency asked for a supplement; the clock stops and restarts from zero (art. 19(4)). */
  AWAITING_SUPPLEMENT,
  /** A period the sector law excludes; the clock pauses. */
  SUSPENDED,
  /** A decision is made (approved or denied); the timeliness is fixed. */
  RESOLVED,
  /** The result was handed to the applicant (art. 20). */
  RETURNED,
  /** The applicant withdrew the dossier. */
  WITHDRAWN,
  /** Refused after appraisal (art. 19(8)). */
  REJECTED;

  /** The status in the words a one-stop desk and its applicants use. */
  public String inWords() {
    return switch (this) {
      case IN_PROGRESS -> "Đang giải quyết";
      case AWAITING_SUPPLEMENT -> "Chờ bổ sung";
      case SUSPENDED -> "Tạm dừng";
      case RESOLVED -> "Đã giải quyết";
      case RETURNED -> "Đã trả kết quả";
      case WITHDRAWN -> "Công dân rút hồ sơ";
      case REJECTED -> "Từ chối, trả lại";
    };
  }

  public boolean open() {
    return this == IN_PROGRESS || this == AWAITING_SUPPLEMENT || this == SUSPENDED;
  }
}
