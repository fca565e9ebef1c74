package vn.dunghan.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dunghan.dossier.DossierService;
import vn.dunghan.dossier.DossierView;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Flag;
import vn.dunghan.procedure.ProcedureService;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.shared.problem.ProblemException;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/**
 * The slips of Circular 01/2018 art. 9, written from the dossier's own data: the receipt and
 * appointment (Mẫu 01) from the intake, a supplement request (Mẫu 02), a refusal (Mẫu 03) and an
 * apology with a new appointment (Mẫu 04) from the events that record them. A slip whose event did
 * not happen is a 409; an apology recorded later than the law allows (1 day before the due date,
 * Decree 61/2018 art. 19(9)) gets none.
 *
 * <p>Staff get the slip under the dossier API's rules (personal data in full only for the holding
 * unit, every such read recorded); the applicant gets their copy behind the lookup's check, with
 * personal data masked.
 */
@ApplicationScoped
public class Slips {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

  private final DossierService dossiers;
  private final ProcedureService procedures;
  private final UnitDirectory units;
  private final CitizenLookup lookup;

  Slips(
      DossierService dossiers,
      ProcedureService procedures,
      UnitDirectory units,
      CitizenLookup lookup) {
    this.dossiers = dossiers;
    this.procedures = procedures;
    this.units = units;
    this.lookup = lookup;
  }

  /** The slip for staff: the dossier as the caller may read it. */
  public byte[] forStaff(String code, String kind) {
    SlipKind slip = kind(kind);
    return SlipPdf.pdf(slip(slip, dossiers.get(code)));
  }

  /**
   * The applicant's own copy, once the check proves the dossier is theirs (else the lookup's 404).
   */
  public byte[] forApplicant(String code, String check, String kind) {
    SlipKind slip = kind(kind);
    lookup.get(code, check);
    return SlipPdf.pdf(slip(slip, dossiers.applicantsCopy(code)));
  }

  private static SlipKind kind(String kind) {
    return SlipKind.of(kind)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "slip kind (receipt, supplement-request, refusal, apology)", kind));
  }

  Slip slip(SlipKind kind, DossierView d) {
    return switch (kind) {
      case RECEIPT -> receipt(d);
      case SUPPLEMENT_REQUEST -> supplementRequest(d);
      case REFUSAL -> refusal(d);
      case APOLOGY -> apology(d);
    };
  }

  private Slip receipt(DossierView d) {
    List<Slip.Fact> facts = new ArrayList<>(applicant(d));
    facts.add(new Slip.Fact("Nội dung yêu cầu giải quyết", procedure(d)));
    facts.add(new Slip.Fact("Thời hạn giải quyết theo quy định", time(d.processingTime())));
    facts.add(new Slip.Fact("Thời gian nhận hồ sơ", moment(d.receivedAt())));
    facts.add(
        new Slip.Fact(
            "Thời gian trả kết quả giải quyết hồ sơ", "ngày " + day(firstAppointment(d))));
    facts.add(new Slip.Fact("Nơi trả kết quả", unitName(d.receivingUnitCode())));
    List<String> text =
        List.of(
            "Ông/bà tra cứu tình trạng hồ sơ tại trang Tra cứu hồ sơ bằng mã hồ sơ trên và 4 số"
                + " cuối số điện thoại hoặc số định danh đã khai.",
            "Giấy này được lập thành 02 bản: 01 bản giao người nộp hồ sơ, 01 bản chuyển kèm hồ sơ"
                + " (Điều 17 Nghị định 61/2018/NĐ-CP).");
    return new Slip(
        SlipKind.RECEIPT,
        unitName(d.receivingUnitCode()),
        d.code(),
        local(d.receivedAt()),
        facts,
        text,
        new Slip.Signature("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", null),
        new Slip.Signature(
            "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "(Ký và ghi rõ họ tên)",
            d.receivedBy() == null ? null : d.receivedBy().name()));
  }

  private Slip supplementRequest(DossierView d) {
    DossierView.EventView e =
        required(d, EventType.SUPPLEMENT_REQUESTED, "no supplement request is recorded");
    List<Slip.Fact> facts = received(d);
    String unit = unitOf(d, e);
    List<String> text =
        List.of(
            "Sau khi xem xét, "
                + unit
                + " đề nghị ông/bà bổ sung, hoàn thiện hồ sơ với nội dung sau: "
                + reason(e)
                + ".",
            "Thời hạn giải quyết được tính lại từ đầu kể từ ngày nhận đủ hồ sơ (khoản 4 Điều 19"
                + " Nghị định 61/2018/NĐ-CP).",
            "Xin lỗi ông/bà vì sự bất tiện này.");
    return new Slip(
        SlipKind.SUPPLEMENT_REQUEST,
        unit,
        d.code(),
        local(e.at()),
        facts,
        text,
        null,
        new Slip.Signature("NGƯỜI LẬP PHIẾU", "(Ký và ghi rõ họ tên)", e.actorName()));
  }

  private Slip refusal(DossierView d) {
    DossierView.EventView e = required(d, EventType.REJECTED, "no refusal is recorded");
    String unit = unitOf(d, e);
    List<String> text =
        List.of(
            unit
                + " không giải quyết hồ sơ của ông/bà vì lý do: "
                + reason(e)
                + " (khoản 8 Điều 19 Nghị định 61/2018/NĐ-CP).",
            "Xin thông báo để ông/bà được biết và thực hiện.");
    return headsSlip(SlipKind.REFUSAL, d, e, unit, received(d), text);
  }

  private Slip apology(DossierView d) {
    DossierView.EventView e =
        required(d, EventType.REAPPOINTED, "no apology and new appointment is recorded");
    if (d.flags() != null && d.flags().contains(Flag.REAPPOINTMENT_LATE)) {
      throw ProblemException.conflict(
          "the new appointment of dossier "
              + d.code()
              + " was recorded on "
              + local(e.at())
              + ", later than 1 day before the due date "
              + d.dueDate()
              + " (Decree 61/2018 art. 19(9)): no apology slip is issued for it");
    }
    String unit = unitOf(d, e);
    List<Slip.Fact> facts = received(d);
    facts.add(new Slip.Fact("Ngày hẹn trả kết quả", day(d.dueDate())));
    facts.add(new Slip.Fact("Ngày hẹn trả kết quả mới", day(e.newAppointmentDate())));
    List<String> text =
        List.of(
            unit
                + " xin lỗi ông/bà vì hồ sơ chưa được giải quyết đúng ngày hẹn trả kết quả. Lý do: "
                + reason(e)
                + ".",
            "Xin hẹn lại ông/bà ngày trả kết quả là ngày "
                + day(e.newAppointmentDate())
                + " (khoản 9 Điều 19 Nghị định 61/2018/NĐ-CP). Mong ông/bà thông cảm.");
    return headsSlip(SlipKind.APOLOGY, d, e, unit, facts, text);
  }

  /** A slip the head of the holding unit signs, dated the day of its event. */
  private Slip headsSlip(
      SlipKind kind,
      DossierView d,
      DossierView.EventView e,
      String unit,
      List<Slip.Fact> facts,
      List<String> text) {
    return new Slip(
        kind,
        unit,
        d.code(),
        local(e.at()),
        facts,
        text,
        null,
        new Slip.Signature(
            "THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên và đóng dấu)", headOf(d.holdingUnitCode())));
  }

  /** The applicant, the procedure and the day of receipt: the first lines of a later slip. */
  private List<Slip.Fact> received(DossierView d) {
    List<Slip.Fact> facts = new ArrayList<>(applicant(d));
    facts.add(new Slip.Fact("Nội dung yêu cầu giải quyết", procedure(d)));
    facts.add(new Slip.Fact("Ngày tiếp nhận hồ sơ", day(local(d.receivedAt()))));
    return facts;
  }

  /** The unit that recorded the event (the token's unit), else the one holding the dossier. */
  private String unitOf(DossierView d, DossierView.EventView e) {
    return unitName(e.actorUnit() != null ? e.actorUnit() : d.holdingUnitCode());
  }

  private static String reason(DossierView.EventView e) {
    return e.reason() == null ? "(không ghi lý do)" : e.reason();
  }

  /** The applicant's lines, as the view has them (masked outside the holding unit). */
  private static List<Slip.Fact> applicant(DossierView d) {
    List<Slip.Fact> facts = new ArrayList<>();
    DossierView.ApplicantView a = d.applicant();
    if (a == null) {
      return facts;
    }
    facts.add(
        new Slip.Fact(
            "ORGANISATION".equals(a.kind()) ? "Tổ chức nộp hồ sơ" : "Người nộp hồ sơ", a.name()));
    if (a.idNumber() != null) {
      facts.add(new Slip.Fact("Số định danh", a.idNumber()));
    }
    if (a.phone() != null) {
      facts.add(new Slip.Fact("Số điện thoại", a.phone()));
    }
    if (a.email() != null) {
      facts.add(new Slip.Fact("Thư điện tử", a.email()));
    }
    return facts;
  }

  /** The appointment on the receipt: a later apology moves it, never the due date. */
  private static LocalDate firstAppointment(DossierView d) {
    return last(d, EventType.REAPPOINTED).isPresent() ? d.dueDate() : d.appointmentDate();
  }

  /** The latest event of {@code type}; a 409 saying {@code missing} when there is none. */
  private static DossierView.EventView required(DossierView d, EventType type, String missing) {
    return last(d, type)
        .orElseThrow(() -> ProblemException.conflict(missing + " on dossier " + d.code()));
  }

  private static Optional<DossierView.EventView> last(DossierView d, EventType type) {
    return d.events().stream()
        .filter(e -> e.type() == type)
        .max(Comparator.comparing(DossierView.EventView::at));
  }

  private String procedure(DossierView d) {
    return procedures
        .find(d.procedureCode())
        .map(p -> p.name() + " (mã " + d.procedureCode() + ")")
        .orElse(d.procedureCode());
  }

  private String unitName(String code) {
    return units.find(code).map(UnitFacts::name).orElse(code);
  }

  private String headOf(String code) {
    return units.find(code).map(UnitFacts::head).map(h -> h.name()).orElse(null);
  }

  private static String time(DossierView.Prescribed p) {
    if (p == null || p.amount() == null) {
      return "";
    }
    BigDecimal amount = p.amount();
    if (amount.signum() == 0) {
      return "trong ngày";
    }
    return amount.stripTrailingZeros().toPlainString().replace('.', ',')
        + (p.unit() == ProcessingUnit.WORKING_HOURS ? " giờ làm việc" : " ngày làm việc");
  }

  private static LocalDate local(OffsetDateTime at) {
    return at.atZoneSameInstant(vn.dunghan.shared.TimeSource.ZONE).toLocalDate();
  }

  private static String moment(OffsetDateTime at) {
    return at.atZoneSameInstant(vn.dunghan.shared.TimeSource.ZONE).format(MOMENT);
  }

  private static String day(LocalDate date) {
    return date == null ? "" : date.format(DAY);
  }
}
