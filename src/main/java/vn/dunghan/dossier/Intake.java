package vn.dunghan.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.unit.Level;

/**
 * What a desk or the portal received, checked against reference data. The prescribed time is copied
 * from the procedure so that a later change of the procedure never rewrites this dossier.
 */
record Intake(
    String code,
    String procedureCode,
    String fieldCode,
    Level level,
    String receivingUnitCode,
    String handlingUnitCode,
    Channel channel,
    Source source,
    Instant receivedAt,
    BigDecimal prescribedAmount,
    ProcessingUnit prescribedUnit,
    LocalTime sameDayCutoff) {}
