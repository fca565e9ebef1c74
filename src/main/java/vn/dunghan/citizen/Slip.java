package vn.dunghan.citizen;

import java.time.LocalDate;
import java.util.List;

/**
 * A slip's content, in the order it is printed: the issuing unit and the date, the title, the facts
 * (label and value), the paragraphs, and the signature block.
 */
record Slip(
    SlipKind kind,
    String unitName,
    String code,
    LocalDate issuedOn,
    List<Fact> facts,
    List<String> paragraphs,
    Signature left,
    Signature right) {

  record Fact(String label, String value) {}

  /** Who signs: the role (upper case on the form), the hint under it, the name when known. */
  record Signature(String role, String hint, String name) {}
}
