package vn.dunghan.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** One dossier of a portal batch: the intake body plus the events so far, in any order. */
public record SyncItem(
    String code,
    String procedureCode,
    String handlingUnitCode,
    String receivingUnitCode,
    Channel channel,
    OffsetDateTime receivedAt,
    ReceiveDossierRequest.ApplicantBody applicant,
    @Size(max = 200) List<@Valid @NotNull EventRequest> events) {

  ReceiveDossierRequest intake() {
    return new ReceiveDossierRequest(
        code, procedureCode, handlingUnitCode, receivingUnitCode, channel, receivedAt, applicant);
  }
}
