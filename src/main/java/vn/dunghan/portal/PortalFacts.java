package vn.dunghan.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the portal said of a dossier that a desk's intake does not carry, as Decision 766 reads it:
 * the portal's own appointment date, VNeID, online payment and fees, per submitted document whether
 * it was digitised, re-used or taken from the citizen's store, and the links to electronic results.
 * Flags and links only, never files.
 */
public record PortalFacts(
    String receiptNumber,
    Instant filedAt,
    int portalStatus,
    LocalDate portalAppointmentDate,
    boolean vneidAuthenticated,
    DvcqgCodes.OnlinePayment onlinePayment,
    boolean hasDigitisedComponent,
    List<Document> documents,
    List<Fee> fees,
    List<Result> results) {

  /** A submitted document: {@code TaiLieuNop}. */
  public record Document(
      String id,
      String name,
      String componentCode,
      String link,
      boolean digitised,
      boolean reused,
      boolean fromStore,
      String replacesResult) {}

  /** A fee or charge: {@code DanhSachLePhi}. */
  public record Fee(String code, BigDecimal amount, String method, String kind) {}

  /** An electronic result: {@code DanhSachGiayToKetQua}. */
  public record Result(String id, String link) {}

  /** Fees and charges in all, in đồng. */
  public BigDecimal feeTotal() {
    return fees.stream()
        .map(Fee::amount)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  long count(java.util.function.Predicate<Document> which) {
    return documents.stream().filter(which).count();
  }

  /**
   * Whether these facts say nothing a dossier {@code code} with appointment {@code appointment}
   * does not already say: no flag, document, fee or result, and the same appointment and receipt
   * number. What this service pushed, sent back, is such a record.
   */
  boolean saysNothingBeyond(String code, LocalDate appointment) {
    return !vneidAuthenticated
        && onlinePayment == DvcqgCodes.OnlinePayment.NONE
        && !hasDigitisedComponent
        && documents.isEmpty()
        && fees.isEmpty()
        && results.isEmpty()
        && (receiptNumber == null || receiptNumber.equals(code))
        && (portalAppointmentDate == null || portalAppointmentDate.equals(appointment));
  }

  /** The facts a desk's dossier has: none of the portal's flags set. */
  static PortalFacts none() {
    return new PortalFacts(
        null,
        null,
        0,
        null,
        false,
        DvcqgCodes.OnlinePayment.NONE,
        false,
        List.of(),
        List.of(),
        List.of());
  }
}
