package vn.dunghan.shared;

/**
 * Masks personal data wherever it is shown to someone who does not need it in full: an ID number
 * keeps its last 4 digits, a name keeps the initials of its words.
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
