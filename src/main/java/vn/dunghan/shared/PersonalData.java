package vn.dunghan.shared;

/**
 * Masks personal data wherever it is shown to someone who does not need it in full: an ID number
 * keeps its last 4 digits, a phone its last 3, an e-mail its first character and domain, a name the
 * initials of its words.
 */
public final class PersonalData {

  private PersonalData() {}

  public static String maskIdNumber(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    int keep = Math.min(4, idNumber.length() / 2);
    return "*".repeat(idNumber.length() - keep) + idNumber.substring(idNumber.length() - keep);
  }

  /** A phone number keeps its last 3 digits: {@code 0912345678} → {@code *******678}. */
  public static String maskPhone(String phone) {
    if (phone == null) {
      return null;
    }
    int keep = Math.min(3, phone.length() / 2);
    return "*".repeat(phone.length() - keep) + phone.substring(phone.length() - keep);
  }

  /**
   * An e-mail address keeps the first character of its local part and its domain: {@code
   * lan.do@example.vn} → {@code l***@example.vn}.
   */
  public static String maskEmail(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
  }

  public static String maskName(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .append(
                word.codePoints()
                    .limit(1)
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append))
            .append('.');
      }
    }
    return out.toString();
  }
}
