package vn.dunghan.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the portal knows of a dossier and what it was told: {@code GET
 * /api/v1/portal/dossiers/{code}}. {@code appointmentDiffers} flags a portal appointment date other
 * than the one this service derived.
 */
public record PortalDossierView(
    String code,
    Integer portalStatus,
    String receiptNumber,
    OffsetDateTime filedAt,
    LocalDate portalAppointmentDate,
    LocalDate appointmentDate,
    LocalDate dueDate,
    boolean appointmentDiffers,
    boolean vneidAuthenticated,
    DvcqgCodes.OnlinePayment onlinePayment,
    BigDecimal feeTotal,
    boolean hasDigitisedComponent,
    List<PortalFacts.Document> documents,
    List<PortalFacts.Fee> fees,
    List<PortalFacts.Result> results,
    Sync sync) {

  /**
   * Where the push stands: the version the portal last acknowledged and when ({@code origin}
   * RECEIVED when it came from the portal itself), and a change waiting to go, with its last error.
   */
  public record Sync(
      long version,
      Long acknowledgedVersion,
      OffsetDateTime acknowledgedAt,
      String origin,
      OffsetDateTime waitingSince,
      Integer attempts,
      OffsetDateTime nextAttemptAt,
      String lastError) {}
}
