package vn.dunghan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/units/mergers}: the units in {@code predecessorCodes} end the day
 * before {@code effectiveOn} and {@code successorCode} takes over their duties and open dossiers
 * (Resolution 202/2025/QH15 and the provinces' resolutions on merging communes).
 */
public record MergerRequest(
    @NotNull @Pattern(regexp = UnitRequest.CODE, message = UnitRequest.CODE_MESSAGE)
        String successorCode,
    @NotEmpty @Size(max = 50)
        List<
                @NotNull @Pattern(regexp = UnitRequest.CODE, message = UnitRequest.CODE_MESSAGE)
                String>
            predecessorCodes,
    @NotNull LocalDate effectiveOn,
    @NotBlank @Size(max = 2000) String reason) {}
