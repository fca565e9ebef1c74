package vn.dunghan.demo;

import java.util.List;
import vn.dunghan.procedure.FieldRequest;
import vn.dunghan.procedure.ProcedureRequest;
import vn.dunghan.unit.UnitRequest;

/** The demo province file: units in creation order (parents and successors first). */
record DemoData(
    String description,
    List<FieldRequest> fields,
    List<UnitRequest> units,
    List<ProcedureRequest> procedures,
    List<Move> moves) {

  /**
   * A unit's later version, applied right after the unit is created: a commune that outlives its
   * district keeps its code under the province from 2025-07-01.
   */
  record Move(
      String code,
      java.time.LocalDate validFrom,
      java.time.LocalDate validTo,
      String parentCode,
      String name) {

    vn.dunghan.unit.VersionRequest request() {
      return new vn.dunghan.unit.VersionRequest(validFrom, validTo, parentCode, name, null);
    }
  }
}
