package vn.dunghan.shared.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached or cannot write right now (stopped,
 * restarting, failing over to a replica), as opposed to a bug: such a request is answered 503 with
 * {@code Retry-After}, and the client tries again once a primary is back. Nothing was written: the
 * transaction never committed.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * PostgreSQL's SQLSTATEs for it: class 08 (connection exception) by prefix, and 57P01
   * admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 25006 read_only_sql_transaction
   * (a standby, or a primary demoted by a failover), 53300 too_many_connections.
   */
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "25006", "53300");

  private DatabaseUnavailable() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
          return true;
        }
        if (sql instanceof java.sql.SQLTransientConnectionException) {
          return true;
        }
      }
      if (t instanceof java.net.ConnectException) {
        return true;
      }
      // The pool could not lend a connection in time (every one broken or the server gone).
      String message = t.getMessage();
      if (message != null && message.startsWith("Acquisition timeout")) {
        return true;
      }
    }
    return false;
  }
}
