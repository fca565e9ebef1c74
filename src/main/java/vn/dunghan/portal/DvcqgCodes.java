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
    FILED(1, null, false),
    /** Được tiếp nhận: received; {@code NgayTiepNhan} starts the clock (the intake itself). */
    RECEIVED(2, null, true),
    /** Không được tiếp nhận: refused at reception; never counted as received. */
    REFUSED_AT_RECEPTION(3, null, false),
    /** Đang xử lý: in processing. */
    IN_PROCESSING(4, null, true),
    /** Yêu cầu bổ sung: supplement requested (its history in {@code DanhSachHoSoBoSung}). */
    SUPPLEMENT_REQUESTED(5, EventType.SUPPLEMENT_REQUESTED, true),
    /**
     * Yêu cầu nghĩa vụ tài chính: waiting for the applicant's financial obligation, a pause where
     * the procedure's law excludes that time.
     */
    AWAITING_PAYMENT(6, EventType.SUSPENDED, true),
    /** Công dân rút: withdrawn by the applicant. */
    WITHDRAWN(7, EventType.WITHDRAWN, true),
    /** Dừng xử lý: processing stopped (Decree 118/2025 art. 21). */
    STOPPED(8, EventType.REJECTED, true),
    /** Đã xử lý xong: processing finished, {@code NgayKetThucXuLy}. */
    FINISHED(9, EventType.RESOLVED, true),
    /** Đã trả kết quả: result returned, {@code NgayTra}. */
    RETURNED(10, EventType.RETURNED, true);

    private final int code;
    private final EventType event;
    private final boolean received;

    Status(int code, EventType event, boolean received) {
      this.code = code;
      this.event = event;
      this.received = received;
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
