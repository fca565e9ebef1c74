package vn.dunghan.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The body of {@code POST /api/v1/dossiers}: what the desk or the portal received. */
public record ReceiveDossierRequest(
    @NotBlank
        @Pattern(
            regexp = CODE,
            message =
                "must be a dossier code such as G22.39-220516-0001 (letters, digits, '.', '-')")
        String code,
    @NotBlank @Size(max = 64) String procedureCode,
    @NotBlank @Size(max = 32) String handlingUnitCode,
    @NotBlank @Size(max = 32) String receivingUnitCode,
    @NotNull Channel channel,
    @NotNull OffsetDateTime receivedAt,
    @NotNull @Valid ApplicantBody applicant) {

  /** Circular 01/2018 art. 19: agency code - YYMMDD - sequence; kept permissive, 4-64 chars. */
  static final String CODE = "^[0-9A-Za-z][0-9A-Za-z.\\-_]{3,63}$";

  /** Who applies: a citizen (ID number) or an organisation (tax or registration number). */
  public record ApplicantBody(
      @NotNull ApplicantKind kind,
      @NotBlank @Size(max = 255) String name,
      @Pattern(regexp = "^[0-9A-Za-z-]{6,32}$", message = "must be 6-32 letters or digits")
          String idNumber) {}

  /** The kinds of applicant. */
  public enum ApplicantKind {
    CITIZEN,
    ORGANISATION
  }
}
