package vn.dunghan.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded merger: {@code handedOverAt} is when the predecessors' open dossiers passed to the
 * successor (null until the effective day has come).
 */
public record MergerView(
    long id,
    String successorCode,
    List<String> predecessorCodes,
    LocalDate effectiveOn,
    String reason,
    OffsetDateTime recordedAt,
    String recordedBy,
    OffsetDateTime handedOverAt) {}
