package vn.dunghan.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of a unit as the API shows it, with who recorded it. */
public record VersionView(
    String unitCode,
    LocalDate validFrom,
    LocalDate validTo,
    String parentCode,
    String name,
    Level level,
    String path,
    UnitRequest.HeadBody head,
    OffsetDateTime recordedAt,
    String recordedBy) {}
