package vn.dunghan.bench;

import java.util.SplittableRandom;

/** Made-up Vietnamese names for applicants: no real person's data in generated dossiers. */
final class Names {

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quang", "Hữu"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh",
    "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
    "Trang", "Tuấn", "Việt", "Yến"
  };
  private static final String[] TRADE = {
    "Thương mại", "Xây dựng", "Du lịch", "Vận tải", "Thủy sản", "Khoáng sản", "Dịch vụ", "Đầu tư"
  };

  private Names() {}

  static String person(SplittableRandom r) {
    return FAMILY[r.nextInt(FAMILY.length)]
        + " "
        + MIDDLE[r.nextInt(MIDDLE.length)]
        + " "
        + GIVEN[r.nextInt(GIVEN.length)];
  }

  static String company(SplittableRandom r) {
    return TRADE[r.nextInt(TRADE.length)]
        + " "
        + GIVEN[r.nextInt(GIVEN.length)]
        + " "
        + (1 + r.nextInt(99));
  }
}
