package vn.dunghan.citizen;

import java.util.Arrays;
import java.util.Optional;

/**
 * The papers Circular 01/2018/TT-VPCP art. 9 prescribes for the moments an applicant must be told
 * something in writing (Decree 61/2018 art. 17-19), as this service writes them.
 */
public enum SlipKind {
  /** Mẫu 01: receipt and appointment (art. 17(1)). */
  RECEIPT("receipt", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01"),
  /** Mẫu 02: the dossier must be supplemented; the time restarts once it is (art. 19(4)). */
  SUPPLEMENT_REQUEST("supplement-request", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02"),
  /** Mẫu 03: refused after appraisal, with the reasons (art. 19(8)). */
  REFUSAL("refusal", "PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Mẫu số 03"),
  /** Mẫu 04: apology and a new appointment, at most once (art. 19(9)). */
  APOLOGY("apology", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04");

  private final String slug;
  private final String title;
  private final String form;

  SlipKind(String slug, String title, String form) {
    this.slug = slug;
    this.title = title;
    this.form = form;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** The form's number in Circular 01/2018. */
  public String form() {
    return form;
  }

  public static Optional<SlipKind> of(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
