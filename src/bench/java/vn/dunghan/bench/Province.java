package vn.dunghan.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The reference data of a generated province modelled on Quảng Ninh (its public figures): 13
 * district-level units and 180 communes until 2025-06-30, 54 communes from 2025-07-01 (Resolution
 * 1679/NQ-UBTVQH15), 25 provincial departments, land registration branches, and about 300
 * procedures over 15 fields with prescribed times taken from the sector texts where the sector
 * texts has them (section 7.2) and plausible ones elsewhere. Every code except the province's (22)
 * and a few real procedure codes is invented; the same seed gives the same province.
 */
final class Province {

  static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
  static final LocalDate LAST_DISTRICT_DAY = REORGANISED.minusDays(1);
  static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
  static final String CODE = "22";
  static final String SERVICE_CENTRE = "22.S23";
  static final String PROVINCE_LAND_OFFICE = "22.B03";
  static final String TAX = "22.B02";

  enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
  }

  /**
   * A field with what sets it apart in the data: its share of dossiers, how often its dossiers are
   * late, need a supplement, are suspended (sector laws exclude land charges, expert assessment) or
   * pass through another agency (liên thông). Land, construction, natural resources and investment
   * are far worse than the rest, as provinces report.
   */
  record Field(
      String code,
      String name,
      double share,
      double late,
      double supplement,
      double suspension,
      double transfer,
      String department) {}

  record Unit(
      String code,
      String name,
      String kind,
      String parent,
      LocalDate validFrom,
      LocalDate validTo,
      String successor,
      double weight,
      String movedTo) {

    boolean validOn(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * The end the unit is created with: a commune that outlives its district is created ending with
     * it and carried on under {@code movedTo} by a version from 2025-07-01 (its {@code validTo}
     * here is its real end: none).
     */
    LocalDate createdValidTo() {
      return movedTo != null ? LAST_DISTRICT_DAY : validTo;
    }
  }

  record Step(String name, BigDecimal allotment) {}

  /**
   * {@code home} is the level the procedure is done at; a district procedure is also a commune one,
   * because communes took over district work on 2025-07-01.
   */
  record Procedure(
      String code,
      String name,
      Field field,
      Level home,
      int days,
      LocalTime cutoff,
      String online,
      List<Step> steps,
      double weight) {

    List<String> levels() {
      return home == Level.DISTRICT ? List.of("DISTRICT", "COMMUNE") : List.of(home.name());
    }
  }

  final List<Field> fields = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final Map<String, Unit> byCode = new LinkedHashMap<>();
  final List<Unit> departments = new ArrayList<>();
  final List<Unit> districts = new ArrayList<>();
  final List<Unit> oldCommunes = new ArrayList<>();
  final List<Unit> newCommunes = new ArrayList<>();
  final Map<String, Unit> districtBranch = new LinkedHashMap<>();
  final List<Unit> regionalBranches = new ArrayList<>();
  final Map<String, List<Unit>> newCommunesOfDistrict = new LinkedHashMap<>();
  final List<Procedure> procedures = new ArrayList<>();

  private static final String[][] DISTRICTS = {
    // code, name, communes before 2025-07-01, communes from then on
    {"193", "Thành phố Hạ Long", "33", "10"},
    {"194", "Thành phố Móng Cái", "17", "5"},
    {"195", "Thành phố Cẩm Phả", "16", "5"},
    {"196", "Thành phố Uông Bí", "11", "4"},
    {"198", "Huyện Bình Liêu", "8", "3"},
    {"199", "Huyện Tiên Yên", "11", "4"},
    {"200", "Huyện Đầm Hà", "9", "3"},
    {"201", "Huyện Hải Hà", "12", "4"},
    {"202", "Huyện Ba Chẽ", "8", "3"},
    {"203", "Huyện Vân Đồn", "12", "1"},
    {"205", "Thành phố Đông Triều", "21", "5"},
    {"206", "Thị xã Quảng Yên", "19", "6"},
    {"207", "Huyện Cô Tô", "3", "1"}
  };

  private static final String[] DEPARTMENTS = {
    "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Công Thương",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nội vụ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Giao thông vận tải",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài nguyên và Môi trường",
    "Sở Thông tin và Truyền thông",
    "Sở Ngoại vụ",
    "Sở Du lịch",
    "Thanh tra tỉnh",
    "Ban Dân tộc",
    "Ban Quản lý Khu kinh tế",
    "Văn phòng UBND tỉnh",
    "Sở Dân tộc và Tôn giáo",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng",
    "Sở Quy hoạch - Kiến trúc"
  };

  private static final String[] PLACE_WORDS = {
    "Hồng", "Hải", "Quang", "Trung", "Minh", "Thành", "Tân", "Bình", "An", "Phú", "Lợi", "Sơn",
    "Yên", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Thắng", "Long", "Hà", "Cao", "Xuân", "Hòa",
    "Vĩnh", "Đức", "Phong", "Thịnh", "Lâm", "Giang"
  };

  Province(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5A5A_1234L);
    fields();
    Unit province =
        unit(CODE, "Tỉnh Quảng Ninh (mô phỏng)", "PROVINCE", null, FOUNDED, null, null, 0);
    for (int i = 0; i < DEPARTMENTS.length; i++) {
      departments.add(
          unit(
              String.format("22.S%02d", i + 1),
              DEPARTMENTS[i],
              "DEPARTMENT",
              province.code(),
              FOUNDED,
              null,
              null,
              1));
    }
    unit("22.B01", "Công an tỉnh", "BRANCH", CODE, FOUNDED, null, null, 1);
    unit(TAX, "Thuế tỉnh", "BRANCH", CODE, FOUNDED, null, null, 1);
    unit(
        PROVINCE_LAND_OFFICE,
        "Văn phòng Đăng ký đất đai tỉnh",
        "BRANCH",
        CODE,
        FOUNDED,
        null,
        null,
        1);
    int newIndex = 0;
    for (String[] d : DISTRICTS) {
      int before = Integer.parseInt(d[2]);
      Unit district =
          unit("22." + d[0], d[1], "DISTRICT", CODE, FOUNDED, LAST_DISTRICT_DAY, null, before);
      districts.add(district);
      List<Unit> successors = new ArrayList<>();
      // The first commune of each district survives the reorganisation: it keeps its code and
      // moves under the province on 2025-07-01 (a unit version), the others merge.
      Unit survivor =
          unit(
              String.format("22.%s.%02d", d[0], 1),
              "Phường " + placeName(oldCommunes.size() * 11 + 3),
              "COMMUNE",
              district.code(),
              FOUNDED,
              null,
              null,
              0.5 + random.nextDouble(),
              CODE);
      oldCommunes.add(survivor);
      successors.add(survivor);
      for (int k = 1; k < Integer.parseInt(d[3]); k++) {
        newIndex++;
        successors.add(
            unit(
                String.format("22.C%02d", newIndex),
                (newIndex % 3 == 0 ? "Xã " : "Phường ") + placeName(newIndex * 7),
                "COMMUNE",
                CODE,
                REORGANISED,
                null,
                null,
                0.5 + random.nextDouble()));
      }
      newCommunes.addAll(successors);
      newCommunesOfDistrict.put(district.code(), successors);
      for (int k = 1; k < before; k++) {
        Unit successor = successors.get(k % successors.size());
        oldCommunes.add(
            unit(
                String.format("22.%s.%02d", d[0], k + 1),
                (k % 4 == 0 ? "Phường " : "Xã ") + placeName(oldCommunes.size() * 11 + 3),
                "COMMUNE",
                district.code(),
                FOUNDED,
                LAST_DISTRICT_DAY,
                successor.code(),
                0.5 + random.nextDouble()));
      }
      districtBranch.put(
          district.code(),
          unit(
              "22." + d[0] + ".CN",
              "Chi nhánh Văn phòng Đăng ký đất đai " + d[1],
              "BRANCH",
              district.code(),
              FOUNDED,
              LAST_DISTRICT_DAY,
              null,
              1));
    }
    for (int r = 1; r <= 6; r++) {
      regionalBranches.add(
          unit(
              "22.CN" + r,
              "Chi nhánh Văn phòng Đăng ký đất đai khu vực " + r,
              "BRANCH",
              CODE,
              REORGANISED,
              null,
              null,
              1));
    }
    procedures(random);
  }

  private static String placeName(int n) {
    String a = PLACE_WORDS[Math.floorMod(n, PLACE_WORDS.length)];
    String b = PLACE_WORDS[Math.floorMod(n / PLACE_WORDS.length + n * 7 + 1, PLACE_WORDS.length)];
    return a.equals(b) ? a + " " + PLACE_WORDS[(Math.floorMod(n, 29) + 1) % 30] : a + " " + b;
  }

  private Unit unit(
      String code,
      String name,
      String kind,
      String parent,
      LocalDate from,
      LocalDate to,
      String successor,
      double weight) {
    return unit(code, name, kind, parent, from, to, successor, weight, null);
  }

  private Unit unit(
      String code,
      String name,
      String kind,
      String parent,
      LocalDate from,
      LocalDate to,
      String successor,
      double weight,
      String movedTo) {
    Unit u = new Unit(code, name, kind, parent, from, to, successor, weight, movedTo);
    units.add(u);
    byCode.put(code, u);
    return u;
  }

  Field field(String code) {
    return fields.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  Unit unit(String code) {
    return byCode.get(code);
  }

  /** Units in an order the API accepts: every parent and successor before the unit naming it. */
  List<Unit> creationOrder() {
    List<Unit> order = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Unit u : units) {
      add(u, order, done);
    }
    return order;
  }

  private void add(Unit u, List<Unit> order, java.util.Set<String> done) {
    if (done.contains(u.code())) {
      return;
    }
    if (u.parent() != null) {
      add(byCode.get(u.parent()), order, done);
    }
    if (u.successor() != null) {
      add(byCode.get(u.successor()), order, done);
    }
    done.add(u.code());
    order.add(u);
  }

  private void fields() {
    // code, name, share of dossiers, late, supplement, suspension, transfer, department (1-based)
    fields.add(new Field("dat-dai", "Đất đai", 0.12, 0.15, 0.12, 0.10, 0.35, "22.S01"));
    fields.add(new Field("xay-dung", "Xây dựng", 0.03, 0.10, 0.10, 0.03, 0.15, "22.S02"));
    fields.add(
        new Field(
            "tai-nguyen-moi-truong",
            "Tài nguyên và môi trường",
            0.015,
            0.09,
            0.08,
            0.05,
            0.15,
            "22.S14"));
    fields.add(new Field("dau-tu", "Đầu tư", 0.005, 0.08, 0.10, 0.02, 0.25, "22.S13"));
    fields.add(new Field("ho-tich", "Hộ tịch", 0.24, 0.004, 0.02, 0, 0, "22.S04"));
    fields.add(new Field("chung-thuc", "Chứng thực", 0.24, 0.002, 0.01, 0, 0, "22.S04"));
    fields.add(new Field("kinh-doanh", "Kinh doanh", 0.07, 0.01, 0.05, 0, 0.02, "22.S13"));
    fields.add(new Field("bao-tro-xa-hoi", "Bảo trợ xã hội", 0.05, 0.015, 0.04, 0, 0.05, "22.S12"));
    fields.add(new Field("giao-thong", "Giao thông vận tải", 0.06, 0.008, 0.03, 0, 0, "22.S11"));
    fields.add(new Field("cong-thuong", "Công Thương", 0.02, 0.012, 0.04, 0, 0.02, "22.S05"));
    fields.add(new Field("lao-dong", "Lao động, việc làm", 0.04, 0.01, 0.04, 0, 0.02, "22.S12"));
    fields.add(new Field("y-te", "Y tế", 0.03, 0.015, 0.05, 0.01, 0.02, "22.S06"));
    fields.add(new Field("giao-duc", "Giáo dục và đào tạo", 0.03, 0.006, 0.03, 0, 0, "22.S07"));
    fields.add(
        new Field("van-hoa", "Văn hóa, thể thao và du lịch", 0.015, 0.01, 0.04, 0, 0.02, "22.S09"));
    fields.add(new Field("nong-nghiep", "Nông nghiệp", 0.02, 0.02, 0.05, 0.01, 0.03, "22.S01"));
  }

  /**
   * Base procedures per field: name, home level, working days, same-day cut-off, online service.
   * Times from the sector texts (enterprise 3 days, construction permits 20 / 15, land registration
   * 20, social assistance 10, civil status and certified copies same day with a 15:00 cut-off).
   */
  private static final Object[][] BASES = {
    {
      "dat-dai", "Đăng ký đất đai, cấp Giấy chứng nhận lần đầu", Level.DISTRICT, 20, null, "PARTIAL"
    },
    {
      "dat-dai",
      "Đăng ký biến động do chuyển nhượng, tặng cho, thừa kế",
      Level.DISTRICT,
      10,
      null,
      "PARTIAL"
    },
    {"dat-dai", "Chuyển mục đích sử dụng đất", Level.DISTRICT, 15, null, "PARTIAL"},
    {"dat-dai", "Cấp đổi Giấy chứng nhận quyền sử dụng đất", Level.DISTRICT, 7, null, "PARTIAL"},
    {"dat-dai", "Đăng ký thế chấp quyền sử dụng đất", Level.DISTRICT, 3, null, "FULL"},
    {"dat-dai", "Cung cấp thông tin, dữ liệu đất đai", Level.COMMUNE, 3, null, "FULL"},
    {"dat-dai", "Giao đất, cho thuê đất đối với tổ chức", Level.PROVINCE, 20, null, "PARTIAL"},
    {
      "xay-dung",
      "Cấp giấy phép xây dựng công trình cấp III, cấp IV",
      Level.PROVINCE,
      20,
      null,
      "PARTIAL"
    },
    {"xay-dung", "Cấp giấy phép xây dựng nhà ở riêng lẻ", Level.DISTRICT, 15, null, "PARTIAL"},
    {"xay-dung", "Cấp giấy phép sửa chữa, cải tạo công trình", Level.DISTRICT, 15, null, "PARTIAL"},
    {"xay-dung", "Thẩm định báo cáo nghiên cứu khả thi", Level.PROVINCE, 20, null, "PARTIAL"},
    {"xay-dung", "Cấp chứng chỉ hành nghề hoạt động xây dựng", Level.PROVINCE, 20, null, "FULL"},
    {"tai-nguyen-moi-truong", "Cấp giấy phép môi trường", Level.PROVINCE, 30, null, "PARTIAL"},
    {
      "tai-nguyen-moi-truong",
      "Thẩm định báo cáo đánh giá tác động môi trường",
      Level.PROVINCE,
      30,
      null,
      "PARTIAL"
    },
    {
      "tai-nguyen-moi-truong",
      "Cấp giấy phép khai thác nước mặt",
      Level.PROVINCE,
      25,
      null,
      "PARTIAL"
    },
    {"tai-nguyen-moi-truong", "Đăng ký môi trường", Level.DISTRICT, 15, null, "FULL"},
    {"dau-tu", "Chấp thuận chủ trương đầu tư", Level.PROVINCE, 35, null, "PARTIAL"},
    {"dau-tu", "Cấp Giấy chứng nhận đăng ký đầu tư", Level.PROVINCE, 15, null, "FULL"},
    {"dau-tu", "Điều chỉnh Giấy chứng nhận đăng ký đầu tư", Level.PROVINCE, 10, null, "FULL"},
    {"ho-tich", "Đăng ký khai sinh", Level.COMMUNE, 0, "15:00", "FULL"},
    {"ho-tich", "Đăng ký khai tử", Level.COMMUNE, 0, "15:00", "FULL"},
    {"ho-tich", "Đăng ký kết hôn", Level.COMMUNE, 0, "15:00", "PARTIAL"},
    {"ho-tich", "Cấp Giấy xác nhận tình trạng hôn nhân", Level.COMMUNE, 3, null, "FULL"},
    {"ho-tich", "Cấp bản sao trích lục hộ tịch", Level.COMMUNE, 0, "15:00", "FULL"},
    {"ho-tich", "Thay đổi, cải chính, bổ sung thông tin hộ tịch", Level.COMMUNE, 3, null, "FULL"},
    {"chung-thuc", "Chứng thực bản sao từ bản chính", Level.COMMUNE, 0, "15:00", "PARTIAL"},
    {"chung-thuc", "Chứng thực chữ ký", Level.COMMUNE, 0, "15:00", "NONE"},
    {"chung-thuc", "Chứng thực hợp đồng, giao dịch", Level.DISTRICT, 2, null, "NONE"},
    {"kinh-doanh", "Đăng ký thành lập doanh nghiệp", Level.PROVINCE, 3, null, "FULL"},
    {
      "kinh-doanh",
      "Đăng ký thay đổi nội dung đăng ký doanh nghiệp",
      Level.PROVINCE,
      3,
      null,
      "FULL"
    },
    {"kinh-doanh", "Đăng ký thành lập hộ kinh doanh", Level.DISTRICT, 3, null, "FULL"},
    {"kinh-doanh", "Đăng ký thay đổi hộ kinh doanh", Level.DISTRICT, 3, null, "FULL"},
    {"bao-tro-xa-hoi", "Trợ cấp xã hội hằng tháng", Level.DISTRICT, 10, null, "PARTIAL"},
    {"bao-tro-xa-hoi", "Hỗ trợ chi phí mai táng", Level.DISTRICT, 5, null, "PARTIAL"},
    {
      "bao-tro-xa-hoi",
      "Xác định, xác định lại mức độ khuyết tật",
      Level.COMMUNE,
      10,
      null,
      "PARTIAL"
    },
    {"giao-thong", "Cấp giấy phép lưu hành xe quá tải trọng", Level.PROVINCE, 2, null, "FULL"},
    {"giao-thong", "Đổi giấy phép lái xe", Level.PROVINCE, 5, null, "FULL"},
    {"giao-thong", "Cấp giấy phép kinh doanh vận tải", Level.PROVINCE, 5, null, "FULL"},
    {"cong-thuong", "Cấp Giấy phép bán lẻ sản phẩm rượu", Level.DISTRICT, 10, null, "FULL"},
    {
      "cong-thuong",
      "Cấp Giấy chứng nhận đủ điều kiện kinh doanh khí",
      Level.PROVINCE,
      15,
      null,
      "PARTIAL"
    },
    {"lao-dong", "Giải quyết hưởng trợ cấp thất nghiệp", Level.PROVINCE, 20, null, "PARTIAL"},
    {"lao-dong", "Cấp giấy phép lao động cho người nước ngoài", Level.PROVINCE, 5, null, "FULL"},
    {"lao-dong", "Xác nhận người có công", Level.DISTRICT, 12, null, "PARTIAL"},
    {"y-te", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", Level.PROVINCE, 20, null, "PARTIAL"},
    {
      "y-te",
      "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
      Level.DISTRICT,
      15,
      null,
      "PARTIAL"
    },
    {"giao-duc", "Chuyển trường đối với học sinh", Level.DISTRICT, 3, null, "FULL"},
    {"giao-duc", "Cấp bản sao văn bằng, chứng chỉ", Level.PROVINCE, 5, null, "FULL"},
    {"van-hoa", "Cấp giấy phép kinh doanh dịch vụ karaoke", Level.DISTRICT, 5, null, "FULL"},
    {"van-hoa", "Công nhận hạng cơ sở lưu trú du lịch", Level.PROVINCE, 30, null, "PARTIAL"},
    {"nong-nghiep", "Cấp giấy phép khai thác thủy sản", Level.PROVINCE, 6, null, "FULL"},
    {"nong-nghiep", "Phê duyệt phương án trồng rừng thay thế", Level.PROVINCE, 20, null, "PARTIAL"}
  };

  private static final String[] VARIANTS = {
    "",
    " (cấp lại)",
    " (điều chỉnh)",
    " (gia hạn)",
    " (trường hợp có yếu tố nước ngoài)",
    " (bổ sung)"
  };

  private static final String[] REAL_CODES = {"1.004227", "1.001806", "2.000815", "1.013225"};

  private void procedures(SplittableRandom random) {
    int serial = 0;
    for (int v = 0; v < VARIANTS.length; v++) {
      for (Object[] b : BASES) {
        Field field = field((String) b[0]);
        int baseDays = (Integer) b[3];
        // Re-issues and amendments are quicker than first issues.
        int days =
            v == 0 ? baseDays : Math.max(baseDays == 0 ? 0 : 1, baseDays * (60 + v * 5) / 100);
        String cutoff = (String) b[4];
        String code =
            serial < REAL_CODES.length
                ? REAL_CODES[serial]
                : String.format("%d.%06d", 1 + serial % 2, 9000 + serial * 37);
        serial++;
        // Volume: first issues are the most common, each variant rarer (a heavy tail).
        double weight = (1.0 / (1 + v * v)) * (0.5 + random.nextDouble());
        procedures.add(
            new Procedure(
                code,
                b[1] + VARIANTS[v],
                field,
                (Level) b[2],
                days,
                cutoff == null ? null : LocalTime.parse(cutoff),
                (String) b[5],
                steps(days),
                weight));
      }
    }
  }

  /**
   * The internal process (quy trình nội bộ): reception, assignment, appraisal, review, approval,
   * dispatch, in halves that add up to the prescribed time.
   */
  static List<Step> steps(int days) {
    if (days < 2) {
      return null;
    }
    BigDecimal half = new BigDecimal("0.5");
    BigDecimal total = BigDecimal.valueOf(days);
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Tiếp nhận hồ sơ", half));
    BigDecimal approval = days >= 10 ? BigDecimal.ONE : half;
    BigDecimal review = days >= 5 ? half : BigDecimal.ZERO;
    BigDecimal dispatch = days >= 3 ? half : BigDecimal.ZERO;
    BigDecimal appraisal =
        total.subtract(half).subtract(approval).subtract(review).subtract(dispatch);
    steps.add(new Step("Chuyên viên thẩm định", appraisal));
    if (review.signum() > 0) {
      steps.add(new Step("Lãnh đạo phòng xem xét", review));
    }
    steps.add(new Step("Lãnh đạo đơn vị phê duyệt", approval));
    if (dispatch.signum() > 0) {
      steps.add(new Step("Văn thư phát hành", dispatch));
    }
    steps.add(new Step("Trả kết quả", BigDecimal.ZERO));
    return steps;
  }
}
