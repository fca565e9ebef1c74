package vn.dunghan.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.ReceiveDossierRequest.ApplicantKind;

/**
 * The national portal's code lists and what each means in this service: the one place to correct
 * when the official specification says otherwise (it is not public; each list names where it was
 * reconstructed from, see docs/portal.md).
 */
public final class DvcqgCodes {

  private DvcqgCodes() {}

  /**
   * {@code TrangThaiHoSo}, the dossier status the portal keeps (status table of the open
   * implementations, e.g. OpenCPS' {@code DossierStatusMapping.statusCodeDVCQG}), and the event of
   * this service that brings a dossier into it, where there is one.
   */
  public enum Status {
    /** Mới đăng ký: filed on the portal, not yet received; no clock. */
    FILED(1, null, false, 0),
    /** Được tiếp nhận: received; {@code NgayTiepNhan} starts the clock (the intake itself). */
    RECEIVED(2, null, true, 1),
    /** Không được tiếp nhận: refused at reception; never counted as received. */
    REFUSED_AT_RECEPTION(3, null, false, 3),
    /** Đang xử lý: in processing. */
    IN_PROCESSING(4, null, true, 2),
    /** Yêu cầu bổ sung: supplement requested (its history in {@code DanhSachHoSoBoSung}). */
    SUPPLEMENT_REQUESTED(5, EventType.SUPPLEMENT_REQUESTED, true, 2),
    /**
     * Yêu cầu nghĩa vụ tài chính: waiting for the applicant's financial obligation, a pause where
     * the procedure's law excludes that time.
     */
    AWAITING_PAYMENT(6, EventType.SUSPENDED, true, 2),
    /** Công dân rút: withdrawn by the applicant. */
    WITHDRAWN(7, EventType.WITHDRAWN, true, 3),
    /** Dừng xử lý: processing stopped (Decree 118/2025 art. 21). */
    STOPPED(8, EventType.REJECTED, true, 3),
    /** Đã xử lý xong: processing finished, {@code NgayKetThucXuLy}. */
    FINISHED(9, EventType.RESOLVED, true, 3),
    /** Đã trả kết quả: result returned, {@code NgayTra}. */
    RETURNED(10, EventType.RETURNED, true, 4);

    private final int code;
    private final EventType event;
    private final boolean received;
    private final int stage;

    Status(int code, EventType event, boolean received, int stage) {
      this.code = code;
      this.event = event;
      this.received = received;
      this.stage = stage;
    }

    /**
     * How far along a dossier in this status is (filed, received, in processing, ended, returned):
     * a record of an earlier stage arriving after one of a later stage is older news.
     */
    public int stage() {
      return stage;
    }

    public int code() {
      return code;
    }

    /** The event that brings a received dossier into this status, if one does. */
    public Optional<EventType> event() {
      return Optional.ofNullable(event);
    }

    /** Whether a dossier in this status was received (counts, has a clock). */
    public boolean received() {
      return received;
    }

    /**
     * The status the portal is told for a dossier here: received (2) until something happened to
     * it, then in processing (4); a suspension is told as the financial-obligation wait (6), the
     * only pause the portal's list names.
     */
    public static Status of(vn.dunghan.dossier.DossierStatus status, boolean started) {
      switch (status) {
        case AWAITING_SUPPLEMENT:
          return SUPPLEMENT_REQUESTED;
        case SUSPENDED:
          return AWAITING_PAYMENT;
        case WITHDRAWN:
          return WITHDRAWN;
        case REJECTED:
          return STOPPED;
        case RESOLVED:
          return FINISHED;
        case RETURNED:
          return RETURNED;
        default:
          return started ? IN_PROCESSING : RECEIVED;
      }
    }

    public static Optional<Status> of(int code) {
      return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
  }

  /** {@code KenhThucHien}, code n at index n - 1: 1 direct, 2 online, 3 public postal service. */
  private static final List<Channel> CHANNELS =
      List.of(Channel.DIRECT, Channel.ONLINE, Channel.POSTAL);

  /** {@code LoaiDoiTuong}, code n at index n - 1: 1 a citizen, 2 an organisation. */
  private static final List<ApplicantKind> APPLICANT_KINDS =
      List.of(ApplicantKind.CITIZEN, ApplicantKind.ORGANISATION);

  public static Optional<Channel> channel(int code) {
    return byCode(CHANNELS, code);
  }

  /** The code the portal writes for {@code channel}. */
  public static int channelCode(Channel channel) {
    return CHANNELS.indexOf(channel) + 1;
  }

  public static Optional<ApplicantKind> applicantKind(int code) {
    return byCode(APPLICANT_KINDS, code);
  }

  private static <T> Optional<T> byCode(List<T> table, int code) {
    return code >= 1 && code <= table.size() ? Optional.of(table.get(code - 1)) : Optional.empty();
  }

  /**
   * Whether an entry of {@code DanhSachHoSoBoSung} is an apology with a new appointment (Decree
   * 61/2018 art. 19(9)) rather than a supplement request: it names a new appointment date and no
   * return of the completed dossier. A supplement entry restarts the clock when the dossier comes
   * back; the portal may also write the appointment that follows from it, together with that
   * return.
   */
  public static boolean isReappointment(boolean hasNewAppointment, boolean hasSupplementReceived) {
    return hasNewAppointment && !hasSupplementReceived;
  }

  /** {@code TrangThai} of a step as pushed: 1 while the agency holds it, 2 once it is done. */
  public static int stepState(boolean done) {
    return done ? 2 : 1;
  }

  /** The answer's {@code error_code}: every item taken. */
  public static final String ANSWER_ACCEPTED = "00";

  /** The answer's {@code error_code}: some items were rejected, each with its problem. */
  public static final String ANSWER_PARTLY_REJECTED = "-1";

  /**
   * {@code DuocThanhToanTrucTuyen}: 0 not paid online, 1 paid on the portal's payment platform, 2
   * paid on the province's own payment gateway.
   */
  public enum OnlinePayment {
    NONE(0),
    PORTAL(1),
    LOCAL_GATEWAY(2);

    private final int code;

    OnlinePayment(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    public static Optional<OnlinePayment> of(int code) {
      return Arrays.stream(values()).filter(p -> p.code == code).findFirst();
    }
  }
}
