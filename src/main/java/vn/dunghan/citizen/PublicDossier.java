package vn.dunghan.citizen;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dossier as its applicant may see it without signing in: where it stands, in words; when it was
 * received; when the result is due back (and the new day after an apology); the unit holding it;
 * whether the result is ready. No names, no ID numbers, no officers.
 */
@Schema(name = "PublicDossier")
public record PublicDossier(
    String code,
    @Schema(description = "status code, as in the staff API") String status,
    @Schema(description = "the status in words, e.g. \"Đang giải quyết\"") String statusText,
    @Schema(description = "day of receipt, Asia/Ho_Chi_Minh") LocalDate receivedOn,
    @Schema(description = "the appointment on the receipt slip") LocalDate appointmentDate,
    @Schema(description = "the new appointment after an apology (at most one), else null")
        LocalDate newAppointmentDate,
    @Schema(description = "name of the unit holding the dossier now") String currentUnit,
    @Schema(description = "the result is ready to collect, or was handed over")
        boolean resultReady) {}
