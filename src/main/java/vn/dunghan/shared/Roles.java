package vn.dunghan.shared;

/**
 * The roles a token may carry (its {@code groups} claim; docs/security.md). The {@code unit} claim
 * says which unit the caller works for.
 */
public final class Roles {

  private Roles() {}

  /** Receives dossiers at the desk of its unit (bộ phận một cửa). */
  public static final String CLERK = "clerk";

  /** Handles dossiers held by its unit and records their events (chuyên viên). */
  public static final String OFFICER = "officer";

  /** Reads its unit and the units below it (người đứng đầu). */
  public static final String HEAD = "head";

  /** Reads everything; administers reference data, calendars, jobs and snapshots. */
  public static final String PROVINCE = "province";

  /** The national portal's connector: bulk sync only. */
  public static final String PORTAL = "portal";

  /** Reads everything, personal data masked (thanh tra, kiểm tra). */
  public static final String AUDITOR = "auditor";
}
