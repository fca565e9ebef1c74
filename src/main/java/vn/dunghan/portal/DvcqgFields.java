package vn.dunghan.portal;

/**
 * The portal's field names, each with what it means here: the one table to correct when the
 * official specification (not public) says otherwise. Reconstructed from open implementations that
 * talk to the portal (OpenCPS v2 {@code DVCQGIntegrationActionImpl}, provincial one-stop DTOs) and
 * from the description of the Decision 766 formulas; docs/portal.md has the same table in prose.
 */
final class DvcqgFields {

  private DvcqgFields() {}

  /**
   * The portal's field for each field of this service's sync item that a check may name, so that a
   * rejected record is told in the portal's words. Events are derived from several fields and keep
   * their own names ({@code events[2].at}).
   */
  static final java.util.Map<String, String> OF_SYNC_ITEM =
      java.util.Map.ofEntries(
          java.util.Map.entry("code", "MaHoSo"),
          java.util.Map.entry("procedureCode", "MaTTHC"),
          java.util.Map.entry("handlingUnitCode", "DonViXuLy"),
          java.util.Map.entry("receivingUnitCode", "DonViXuLy"),
          java.util.Map.entry("channel", "KenhThucHien"),
          java.util.Map.entry("receivedAt", "NgayTiepNhan"),
          java.util.Map.entry("applicant.kind", "LoaiDoiTuong"),
          java.util.Map.entry("applicant.name", "ChuHoSo"),
          java.util.Map.entry("applicant.idNumber", "SoDinhDanh"),
          java.util.Map.entry("applicant.phone", "SoDienThoai"),
          java.util.Map.entry("applicant.email", "Email"));

  // The envelope.
  static final String SERVICE = "service";
  static final String IS_UPDATING = "isUpdating";
  static final String DATA = "data";
  static final String DOSSIER_SERVICE = "DongBoHoSoMC";
  static final String PROGRESS_SERVICE = "CapNhatTienDoHoSoMC";

  // DongBoHoSoMC: identity and reference codes.
  /** The dossier code: {@code Dossier.code}. */
  static final String CODE = "MaHoSo";

  /** The receipt number on the slip; kept beside the dossier. */
  static final String RECEIPT_NUMBER = "SoBienNhan";

  /** The national procedure code, full or base ({@code ProcedureCatalog.findNational}). */
  static final String PROCEDURE = "MaTTHC";

  /** The handling agency: its identifier (Decision 20/2020) or a unit's code. */
  static final String AGENCY = "DonViXuLy";

  /** A note; for a record refused at reception, why. */
  static final String NOTE = "GhiChu";

  // The applicant.
  static final String APPLICANT_NAME = "ChuHoSo";

  /** 1 a citizen, 2 an organisation ({@link DvcqgCodes#applicantKind}). */
  static final String APPLICANT_KIND = "LoaiDoiTuong";

  static final String APPLICANT_ID = "SoDinhDanh";

  static final String APPLICANT_PHONE = "SoDienThoai";

  static final String APPLICANT_EMAIL = "Email";

  /** 0/1: the account that filed was authenticated with VNeID. */
  static final String VNEID = "TaiKhoanDuocXacThucVoiVNeID";

  // Dates, yyyyMMddHHmmss in Asia/Ho_Chi_Minh (DvcqgDates).
  /** Filed (on the portal or at a desk). */
  static final String FILED_AT = "NgayNopHoSo";

  /** Received: the clock starts ({@code Dossier.receivedAt}). */
  static final String RECEIVED_AT = "NgayTiepNhan";

  /** The portal's appointment date; kept beside the due date computed here. */
  static final String APPOINTMENT = "NgayHenTra";

  /** Result returned: RETURNED. */
  static final String RETURNED_AT = "NgayTra";

  /** Processing finished: RESOLVED (status 9, 10) or the end of a withdrawn one (7). */
  static final String FINISHED_AT = "NgayKetThucXuLy";

  /** Refused: refusal at reception (3) or processing stopped (8). */
  static final String REFUSED_AT = "NgayTuChoi";

  // State.
  /** 1-10 ({@link DvcqgCodes.Status}). */
  static final String STATUS = "TrangThaiHoSo";

  /** 1 direct, 2 online, 3 postal ({@link DvcqgCodes#channel}). */
  static final String CHANNEL = "KenhThucHien";

  /** 0, 1, 2 ({@link DvcqgCodes.OnlinePayment}). */
  static final String ONLINE_PAYMENT = "DuocThanhToanTrucTuyen";

  /** 0/1: some component of the dossier was digitised. */
  static final String HAS_DIGITISED = "HoSoCoThanhPhanSoHoa";

  // Submitted documents (flags and links only, never files).
  static final String DOCUMENTS = "TaiLieuNop";
  static final String DOCUMENT_ID = "TepDinhKemId";
  static final String DOCUMENT_NAME = "TenTepDinhKem";
  static final String DOCUMENT_COMPONENT = "MaThanhPhanHoSo";
  static final String DOCUMENT_LINK = "DuongDanTaiTepTin";
  static final String DOCUMENT_DIGITISED = "DuocSoHoa";
  static final String DOCUMENT_REUSED = "DuocTaiSuDung";
  static final String DOCUMENT_FROM_STORE = "DuocLayTuKhoDMQG";
  static final String DOCUMENT_REPLACES_RESULT = "MaKetQuaThayThe";

  // Fees.
  static final String FEES = "DanhSachLePhi";
  static final String FEE_CODE = "MaPhiLePhi";
  static final String FEE_AMOUNT = "Gia";
  static final String FEE_METHOD = "HinhThucThu";
  static final String FEE_KIND = "LoaiPhiLePhi";

  // Supplement and re-appointment history ({@link DvcqgCodes#isReappointment}).
  static final String HISTORY = "DanhSachHoSoBoSung";

  /** A supplement was requested (or, in a re-appointment entry, the apology was issued). */
  static final String HISTORY_REQUESTED_AT = "NgayBoSung";

  /** The complete dossier was received back: the clock restarts (Decree 61/2018 art. 19(4)). */
  static final String HISTORY_RECEIVED_AT = "NgayTiepNhanBoSung";

  static final String HISTORY_STATE = "TrangThaiBoSung";
  static final String HISTORY_OLD_APPOINTMENT = "NgayHenTraTruoc";
  static final String HISTORY_NEW_APPOINTMENT = "NgayHenTraMoi";

  /** What was asked or why: the event's reason (a field of the provincial DTOs, optional). */
  static final String HISTORY_CONTENT = "NoiDungBoSung";

  // Electronic results (links only).
  static final String RESULTS = "DanhSachGiayToKetQua";
  static final String RESULT_ID = "GiayToId";
  static final String RESULT_LINK = "DuongDanTepTinKetQua";

  // CapNhatTienDoHoSoMC: one processing step.
  static final String STEP_HANDLER = "NguoiXuLy";
  static final String STEP_HANDLER_TITLE = "ChucDanh";
  static final String STEP_AT = "ThoiDiemXuLy";

  /** The department or agency that holds the step; {@link #AGENCY} is read first. */
  static final String STEP_DEPARTMENT = "PhongBanXuLy";

  static final String STEP_CONTENT = "NoiDungXuLy";
  static final String STEP_STATE = "TrangThai";

  /** The step began: a transfer (liên thông) to its agency when that is not the first one. */
  static final String STEP_STARTED_AT = "NgayBatDau";

  /** The step's own legal deadline: its allotment in working days from the start. */
  static final String STEP_DUE = "NgayKetThucTheoQuyDinh";
}
