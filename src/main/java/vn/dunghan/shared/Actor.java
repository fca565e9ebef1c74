package vn.dunghan.shared;

/**
 * Who did something, as the caller's token says: its subject, the person's name, the roles it
 * carried and the unit it named. Recorded with every write; never taken from a request body.
 */
public record Actor(String subject, String name, String roles, String unit) {

  /** The service itself (a job, a recomputation). */
  public static final Actor SYSTEM = new Actor("system", "Hệ thống Đúng Hạn", "", null);
}
