package vn.dunghan.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which received facts of a repeated intake differ from the stored ones (idempotency on code). */
final class IntakeComparison {

  private IntakeComparison() {}

  /**
   * The fields that differ; the applicant's name and ID number only when {@code withPersonalData}
   * (a caller who may read them in full, or the portal's sync, which holds them anyway).
   */
  static List<String> differingFields(
      Dossier stored,
      Applicant applicant,
      ReceiveDossierRequest request,
      boolean withPersonalData) {
    List<String> differing = new ArrayList<>();
    compare("procedureCode", stored.procedureCode, request.procedureCode(), differing);
    compare("handlingUnitCode", stored.handlingUnitCode, request.handlingUnitCode(), differing);
    compare("receivingUnitCode", stored.receivingUnitCode, request.receivingUnitCode(), differing);
    compare("channel", stored.channel, request.channel(), differing);
    compare(
        "receivedAt",
        stored.receivedAt,
        request.receivedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
        differing);
    ReceiveDossierRequest.ApplicantBody body = request.applicant();
    compare("applicant.kind", applicant.kind, body.kind().name(), differing);
    if (withPersonalData) {
      compare("applicant.name", applicant.name, body.name().strip(), differing);
      compare("applicant.idNumber", applicant.idNumber, body.idNumber(), differing);
      compare("applicant.phone", applicant.phone, body.phone(), differing);
      compare(
          "applicant.email",
          applicant.email,
          body.email() == null ? null : body.email().strip(),
          differing);
    }
    return differing;
  }

  private static void compare(String field, Object stored, Object received, List<String> out) {
    if (!Objects.equals(stored, received)) {
      out.add(field);
    }
  }
}
