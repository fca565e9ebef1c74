package vn.dunghan.portal;

import static vn.dunghan.portal.DvcqgFields.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.dossier.DossierState;
import vn.dunghan.dossier.EventRecord;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.ReceiveDossierRequest;
import vn.dunghan.dossier.Step;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * Writes a dossier in the portal's dialect: the {@code DongBoHoSoMC} record (the reverse of {@link
 * DvcqgInbound}, so that a record pushed and sent back in gives the same state) and a {@code
 * CapNhatTienDoHoSoMC} record per step.
 */
final class DvcqgOutbound {

  private final ObjectMapper json;
  private final UnitDirectory units;

  DvcqgOutbound(ObjectMapper json, UnitDirectory units) {
    this.json = json;
    this.units = units;
  }

  ObjectNode dossier(DossierState d, PortalFacts f) {
    ObjectNode r = json.createObjectNode();
    r.put(CODE, d.code());
    r.put(RECEIPT_NUMBER, f.receiptNumber() != null ? f.receiptNumber() : d.code());
    r.put(PROCEDURE, d.procedureCode());
    r.put(AGENCY, agency(d.handlingUnitCode()));
    r.put(APPLICANT_NAME, d.applicantName());
    r.put(
        APPLICANT_KIND,
        ReceiveDossierRequest.ApplicantKind.ORGANISATION.name().equals(d.applicantKind()) ? 2 : 1);
    if (d.applicantIdNumber() != null) {
      r.put(APPLICANT_ID, d.applicantIdNumber());
    }
    if (d.applicantPhone() != null) {
      r.put(APPLICANT_PHONE, d.applicantPhone());
    }
    if (d.applicantEmail() != null) {
      r.put(APPLICANT_EMAIL, d.applicantEmail());
    }
    r.put(VNEID, f.vneidAuthenticated() ? 1 : 0);
    r.put(FILED_AT, DvcqgDates.format(f.filedAt() != null ? f.filedAt() : d.receivedAt()));
    r.put(RECEIVED_AT, DvcqgDates.format(d.receivedAt()));
    r.put(APPOINTMENT, DvcqgDates.formatDay(d.appointmentDate()));
    boolean started = !d.events().isEmpty();
    r.put(STATUS, DvcqgCodes.Status.of(d.status(), started).code());
    r.put(CHANNEL, DvcqgCodes.channelCode(d.channel()));
    r.put(ONLINE_PAYMENT, f.onlinePayment().code());
    r.put(HAS_DIGITISED, f.hasDigitisedComponent() ? 1 : 0);
    Instant finished = d.resolvedAt() != null ? d.resolvedAt() : d.closedAt();
    if (finished != null) {
      r.put(FINISHED_AT, DvcqgDates.format(finished));
    }
    if (d.returnedAt() != null) {
      r.put(RETURNED_AT, DvcqgDates.format(d.returnedAt()));
    }
    if (d.closedAt() != null && d.status() == vn.dunghan.dossier.DossierStatus.REJECTED) {
      r.put(REFUSED_AT, DvcqgDates.format(d.closedAt()));
    }
    r.set(HISTORY, history(d));
    ArrayNode documents = r.putArray(DOCUMENTS);
    for (PortalFacts.Document doc : f.documents()) {
      ObjectNode n = documents.addObject();
      putText(n, DOCUMENT_ID, doc.id());
      putText(n, DOCUMENT_NAME, doc.name());
      putText(n, DOCUMENT_COMPONENT, doc.componentCode());
      putText(n, DOCUMENT_LINK, doc.link());
      n.put(DOCUMENT_DIGITISED, doc.digitised() ? 1 : 0);
      n.put(DOCUMENT_REUSED, doc.reused() ? 1 : 0);
      n.put(DOCUMENT_FROM_STORE, doc.fromStore() ? 1 : 0);
      putText(n, DOCUMENT_REPLACES_RESULT, doc.replacesResult());
    }
    ArrayNode fees = r.putArray(FEES);
    for (PortalFacts.Fee fee : f.fees()) {
      ObjectNode n = fees.addObject();
      putText(n, FEE_CODE, fee.code());
      if (fee.amount() != null) {
        n.put(FEE_AMOUNT, fee.amount());
      }
      putText(n, FEE_METHOD, fee.method());
      putText(n, FEE_KIND, fee.kind());
    }
    ArrayNode results = r.putArray(RESULTS);
    for (PortalFacts.Result result : f.results()) {
      ObjectNode n = results.addObject();
      putText(n, RESULT_ID, result.id());
      putText(n, RESULT_LINK, result.link());
    }
    return r;
  }

  /** Supplements (asked, and when the complete dossier came back) and re-appointments. */
  private ArrayNode history(DossierState d) {
    ArrayNode history = json.createArrayNode();
    ObjectNode open = null;
    for (EventRecord e : d.events()) {
      if (e.type() == EventType.SUPPLEMENT_REQUESTED) {
        open = history.addObject();
        open.put(HISTORY_REQUESTED_AT, DvcqgDates.format(e.at()));
        putText(open, HISTORY_CONTENT, e.reason());
      } else if (e.type() == EventType.SUPPLEMENT_RECEIVED && open != null) {
        open.put(HISTORY_RECEIVED_AT, DvcqgDates.format(e.at()));
        open = null;
      } else if (e.type() == EventType.REAPPOINTED) {
        ObjectNode entry = history.addObject();
        entry.put(HISTORY_REQUESTED_AT, DvcqgDates.format(e.at()));
        entry.put(HISTORY_OLD_APPOINTMENT, DvcqgDates.formatDay(d.dueDate()));
        entry.put(HISTORY_NEW_APPOINTMENT, DvcqgDates.formatDay(e.newAppointmentDate()));
        putText(entry, HISTORY_CONTENT, e.reason());
      }
    }
    return history;
  }

  /** A step record pushed, and the mark it is remembered by. */
  record StepRecord(int ordinal, String mark, ObjectNode record) {}

  /** Every step of the dossier as a {@code CapNhatTienDoHoSoMC} record, first step first. */
  List<StepRecord> steps(DossierState d) {
    List<Instant> starts = d.stepStarts();
    List<EventRecord> transfers =
        d.events().stream().filter(e -> e.type() == EventType.TRANSFERRED).toList();
    List<StepRecord> records = new ArrayList<>();
    for (int i = 0; i < d.steps().size(); i++) {
      Step step = d.steps().get(i);
      Instant start = i < starts.size() ? starts.get(i) : d.receivedAt();
      ObjectNode r = json.createObjectNode();
      r.put(CODE, d.code());
      r.put(AGENCY, agency(step.unitCode()));
      r.put(
          STEP_DEPARTMENT,
          units.find(step.unitCode()).map(UnitFacts::name).orElse(step.unitCode()));
      r.put(STEP_STARTED_AT, DvcqgDates.format(start));
      r.put(STEP_DUE, DvcqgDates.formatDay(step.dueDate()));
      Instant handled = i + 1 < starts.size() ? starts.get(i + 1) : end(d);
      r.put(STEP_AT, DvcqgDates.format(step.open() || handled == null ? start : handled));
      r.put(STEP_STATE, DvcqgCodes.stepState(!step.open()));
      if (i > 0 && i - 1 < transfers.size()) {
        putText(r, STEP_CONTENT, transfers.get(i - 1).reason());
      }
      records.add(new StepRecord(i, mark(step), r));
    }
    return records;
  }

  private static Instant end(DossierState d) {
    return d.resolvedAt() != null ? d.resolvedAt() : d.closedAt();
  }

  /** What a step is remembered by: a change of any of these is pushed again. */
  private static String mark(Step step) {
    return step.unitCode()
        + "|"
        + step.startedOn()
        + "|"
        + step.dueDate()
        + "|"
        + (step.completedOn() == null ? "" : step.completedOn().toString());
  }

  /** The marks of all steps, as kept in {@code portal_sync.step_marks}. */
  static String marks(List<StepRecord> steps) {
    return String.join(";", steps.stream().map(StepRecord::mark).toList());
  }

  /** The steps whose mark differs from the one last acknowledged. */
  static List<StepRecord> changed(List<StepRecord> steps, String acknowledged) {
    String[] before =
        acknowledged == null || acknowledged.isEmpty()
            ? new String[0]
            : acknowledged.split(";", -1);
    List<StepRecord> changed = new ArrayList<>();
    for (StepRecord step : steps) {
      if (step.ordinal() >= before.length || !before[step.ordinal()].equals(step.mark())) {
        changed.add(step);
      }
    }
    return changed;
  }

  private String agency(String unitCode) {
    return units
        .find(unitCode)
        .map(u -> u.agencyId() != null ? u.agencyId() : u.code())
        .orElse(unitCode);
  }

  private static void putText(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
