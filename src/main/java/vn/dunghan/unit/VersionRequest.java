package vn.dunghan.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/units/{code}/versions}: from {@code validFrom} the unit sits
 * under {@code parentCode}, is called {@code name} and headed by {@code head} (each absent: as
 * before), until {@code validTo} (absent: open). The new version is the unit's last; it may start
 * the day after the unit's current end, which carries the unit on (a commune continuing after its
 * district ends).
 */
public record VersionRequest(
    @NotNull LocalDate validFrom,
    LocalDate validTo,
    @Pattern(regexp = UnitRequest.CODE, message = UnitRequest.CODE_MESSAGE) String parentCode,
    @Size(min = 1, max = 255) String name,
    @Valid UnitRequest.HeadBody head) {}
