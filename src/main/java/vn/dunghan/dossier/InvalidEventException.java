package vn.dunghan.dossier;

/**
 * An event whose content contradicts the dossier's state (for example an appointment too early).
 */
public class InvalidEventException extends RuntimeException {

  private final String field;

  InvalidEventException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
