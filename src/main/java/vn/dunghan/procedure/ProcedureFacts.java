package vn.dunghan.procedure;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Set;
import vn.dunghan.unit.Level;

/**
 * What receiving a dossier needs of its procedure: the field, the levels it is performed at and the
 * prescribed time. Immutable, shared between requests by {@link ProcedureCatalog}.
 */
public record ProcedureFacts(
    String code,
    String fieldCode,
    Set<Level> levels,
    BigDecimal processingAmount,
    ProcessingUnit processingUnit,
    LocalTime sameDayCutoff) {

  public boolean performedAt(Level level) {
    return levels.contains(level);
  }
}
