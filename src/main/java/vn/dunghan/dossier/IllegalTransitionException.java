package vn.dunghan.dossier;

/** An event the dossier's status does not allow at that point of its history. */
public class IllegalTransitionException extends RuntimeException {

  private final DossierStatus status;
  private final EventType event;

  IllegalTransitionException(DossierStatus status, EventType event, String why) {
    super(why, null, false, false);
    this.status = status;
    this.event = event;
  }

  public DossierStatus status() {
    return status;
  }

  public EventType event() {
    return event;
  }
}
