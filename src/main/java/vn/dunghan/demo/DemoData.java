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
    List<ProcedureRequest> procedures) {}
