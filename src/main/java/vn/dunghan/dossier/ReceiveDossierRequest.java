package vn.dunghan.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
  public static final String CODE = "^[0-9A-Za-z][0-9A-Za-z.\\-_]{3,63}$";

  /**
   * A Vietnamese phone number: 0 or +84, then 9 or 10 digits (mobile 0912345678, landline
   * 02033123456).
   */
  static final String PHONE = "^(0|\\+84)[1-9][0-9]{8,9}$";

  /**
   * Who applies: a citizen (ID number) or an organisation (tax or registration number), with the
   * phone and e-mail the office may reach them at (Decree 61/2018 art. 19: the applicant is told of
   * a supplement request, an apology and re-appointment, the result).
   */
  public record ApplicantBody(
      @NotNull ApplicantKind kind,
      @NotBlank @Size(max = 255) String name,
      @Pattern(regexp = "^[0-9A-Za-z-]{6,32}$", message = "must be 6-32 letters or digits")
          String idNumber,
      @Pattern(
              regexp = PHONE,
              message = "must be a Vietnamese phone number such as 0912345678 or +84912345678")
          String phone,
      @Email(regexp = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", message = "must be an e-mail address")
          @Size(max = 254)
          String email,
      Boolean noticesOptOut) {

    /** An applicant without contacts. */
    public ApplicantBody(ApplicantKind kind, String name, String idNumber) {
      this(kind, name, idNumber, null, null, null);
    }

    /** An applicant who did not say whether they want notices (they get them). */
    public ApplicantBody(
        ApplicantKind kind, String name, String idNumber, String phone, String email) {
      this(kind, name, idNumber, phone, email, null);
    }
  }

  /** The kinds of applicant. */
  public enum ApplicantKind {
    CITIZEN,
    ORGANISATION
  }
}
