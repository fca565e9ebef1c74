package vn.dunghan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Generated dossiers as the national portal writes them ({@code DongBoHoSoMC}): the history as
 * {@code DanhSachHoSoBoSung} and the status with its date, the facts Decision 766 reads (documents
 * with their flags, a fee, VNeID for online filings). Transfers and suspensions have no place in
 * this record and are left out, as the portal's own records leave them out.
 */
final class DvcqgJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private DvcqgJson() {}

  /** An envelope of the items. */
  static byte[] envelope(List<Dossiers.Item> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(items.size() * 1200);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("service", "DongBoHoSoMC");
      g.writeBooleanField("isUpdating", false);
      g.writeArrayFieldStart("data");
      for (Dossiers.Item item : items) {
        record(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String moment(Instant at) {
    return Dossiers.local(at).toLocalDateTime().format(MOMENT);
  }

  private static String day(LocalDate day) {
    return day.atTime(17, 0).format(MOMENT);
  }

  private static void record(JsonGenerator g, Dossiers.Item item) throws IOException {
    boolean online = item.channel().equals("ONLINE");
    g.writeStartObject();
    g.writeStringField("MaHoSo", item.code());
    g.writeStringField("SoBienNhan", item.code());
    g.writeStringField("MaTTHC", item.procedureCode());
    g.writeStringField("DonViXuLy", item.handlingUnitCode());
    g.writeStringField("ChuHoSo", item.applicant().name());
    g.writeNumberField("LoaiDoiTuong", item.applicant().kind().equals("CITIZEN") ? 1 : 2);
    g.writeStringField("SoDinhDanh", item.applicant().idNumber());
    g.writeNumberField("TaiKhoanDuocXacThucVoiVNeID", online ? 1 : 0);
    g.writeStringField("NgayNopHoSo", moment(item.receivedAt()));
    g.writeStringField("NgayTiepNhan", moment(item.receivedAt()));
    g.writeNumberField("KenhThucHien", online ? 2 : item.channel().equals("POSTAL") ? 3 : 1);
    g.writeNumberField("DuocThanhToanTrucTuyen", online ? 1 : 0);
    g.writeNumberField("HoSoCoThanhPhanSoHoa", 1);
    int status = item.events().isEmpty() ? 2 : 4;
    boolean open = false;
    g.writeArrayFieldStart("DanhSachHoSoBoSung");
    for (Dossiers.Event e : item.events()) {
      switch (e.type()) {
        case "SUPPLEMENT_REQUESTED" -> {
          if (open) {
            g.writeEndObject();
          }
          g.writeStartObject();
          g.writeStringField("NgayBoSung", moment(e.at()));
          g.writeStringField("NoiDungBoSung", e.reason());
          open = true;
          status = 5;
        }
        case "SUPPLEMENT_RECEIVED" -> {
          if (open) {
            g.writeStringField("NgayTiepNhanBoSung", moment(e.at()));
            g.writeEndObject();
            open = false;
          }
          status = 4;
        }
        case "REAPPOINTED" -> {
          if (open) {
            g.writeEndObject();
            open = false;
          }
          g.writeStartObject();
          g.writeStringField("NgayBoSung", moment(e.at()));
          g.writeStringField("NgayHenTraMoi", day(e.newAppointmentDate()));
          g.writeStringField("NoiDungBoSung", e.reason());
          g.writeEndObject();
        }
        default -> {
          // the end is written after the history
        }
      }
    }
    if (open) {
      g.writeEndObject();
    }
    g.writeEndArray();
    for (Dossiers.Event e : item.events()) {
      switch (e.type()) {
        case "RESOLVED" -> {
          status = 9;
          g.writeStringField("NgayKetThucXuLy", moment(e.at()));
        }
        case "RETURNED" -> {
          status = 10;
          g.writeStringField("NgayTra", moment(e.at()));
        }
        case "WITHDRAWN" -> {
          status = 7;
          g.writeStringField("NgayKetThucXuLy", moment(e.at()));
        }
        case "REJECTED" -> {
          status = 8;
          g.writeStringField("NgayTuChoi", moment(e.at()));
        }
        default -> {
          // history above, or not in this record
        }
      }
    }
    g.writeNumberField("TrangThaiHoSo", status);
    g.writeArrayFieldStart("TaiLieuNop");
    for (int i = 1; i <= 2; i++) {
      g.writeStartObject();
      g.writeStringField("TepDinhKemId", item.code() + "-" + i);
      g.writeStringField("TenTepDinhKem", i == 1 ? "Đơn đề nghị" : "Bản sao giấy tờ tùy thân");
      g.writeStringField("MaThanhPhanHoSo", "TP" + i);
      g.writeNumberField("DuocSoHoa", 1);
      g.writeNumberField("DuocTaiSuDung", i == 2 && online ? 1 : 0);
      g.writeNumberField("DuocLayTuKhoDMQG", i == 2 && online ? 1 : 0);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("DanhSachLePhi");
    g.writeStartObject();
    g.writeStringField("MaPhiLePhi", "LP");
    g.writeNumberField("Gia", 50_000);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }
}
