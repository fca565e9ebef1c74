package vn.dunghan.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/units} and {@code PUT /api/v1/units/{code}}. */
public record UnitRequest(
    @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
    @NotBlank @Size(max = 255) String name,
    @NotNull UnitKind kind,
    Level level,
    @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
    @Valid HeadBody head,
    @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        String webhookUrl,
    @NotNull LocalDate validFrom,
    LocalDate validTo,
    @Pattern(regexp = CODE, message = CODE_MESSAGE) String successorCode,
    @Pattern(
            regexp = AGENCY_ID,
            message =
                "must be an agency identifier such as 000.00.00.H22 (Decision 20/2020/QĐ-TTg)")
        String agencyId,
    Boolean demo) {

  static final String CODE = "^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$";

  /**
   * The agency's electronic identifier (mã định danh điện tử, Decision 20/2020/QĐ-TTg), such as
   * 000.00.00.H22: letters and digits in groups separated by dots.
   */
  static final String AGENCY_ID = "^[0-9A-Za-z]{1,8}(\\.[0-9A-Za-z]{1,8}){0,5}$";

  static final String CODE_MESSAGE =
      "must be 1-32 letters, digits, '.', '_' or '-' (a GSO or agency code)";

  /** The head of the unit; the email receives escalations. */
  public record HeadBody(
      @Size(max = 255) String name,
      @Size(max = 255) String title,
      @Email @Size(max = 254) String email,
      @Pattern(regexp = "^[0-9+() .-]{3,32}$", message = "must be a phone number") String phone) {

    Head toHead() {
      return new Head(name, title, email, phone);
    }

    static HeadBody of(Head head) {
      return head == null
          ? null
          : new HeadBody(head.name(), head.title(), head.email(), head.phone());
    }
  }
}
