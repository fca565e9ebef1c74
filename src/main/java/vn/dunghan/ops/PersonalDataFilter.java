package vn.dunghan.ops;

import io.quarkus.logging.LoggingFilter;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Keeps personal data out of every log line, whatever fails (docs/security.md "Logs"). The text of
 * a database error carries the rows it failed on: a violated constraint's DETAIL ("Failing row
 * contains (..., Đinh Thị Hồng, 022177003344)"), a COPY's CONTEXT (the whole input line), a value
 * quoted in the message itself. The driver is told to leave the DETAIL out
 * (logServerErrorDetail=false); this filter, on every log handler, does the rest: in a failure that
 * comes from the database, each message is rebuilt from what names the schema (SQLState,
 * constraint, table, column, the statement with its placeholders) and the first line of the
 * server's message with every quoted value masked. The stack traces stay.
 */
@LoggingFilter(name = PersonalDataFilter.NAME)
public final class PersonalDataFilter implements Filter {

  public static final String NAME = "personal-data";

  /** Quoted text that may stay: an SQL identifier (a constraint, a table, a type). */
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,62}");

  @Override
  public boolean isLoggable(LogRecord record) {
    Throwable thrown = record.getThrown();
    if (thrown != null && fromDatabase(thrown)) {
      record.setThrown(redacted(thrown, Collections.newSetFromMap(new IdentityHashMap<>())));
    }
    String logger = record.getLoggerName();
    if (logger != null
        && logger.startsWith("org.hibernate.engine.jdbc")
        && record.getMessage() != null) {
      // SqlExceptionHelper logs the server's message as the line itself
      record.setMessage(firstLineMasked(record.getMessage()));
      record.setParameters(null);
    }
    return true;
  }

  static boolean fromDatabase(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /** A copy of the chain with safe messages and the original stack traces. */
  static Throwable redacted(Throwable thrown, Set<Throwable> seen) {
    if (thrown == null || !seen.add(thrown) || !fromDatabase(thrown)) {
      return thrown;
    }
    Redacted copy =
        new Redacted(
            thrown.getClass().getName(), safeMessage(thrown), redacted(thrown.getCause(), seen));
    copy.setStackTrace(thrown.getStackTrace());
    for (Throwable suppressed : thrown.getSuppressed()) {
      copy.addSuppressed(redacted(suppressed, seen));
    }
    return copy;
  }

  static String safeMessage(Throwable t) {
    if (t instanceof PSQLException && ((PSQLException) t).getServerErrorMessage() != null) {
      ServerErrorMessage server = ((PSQLException) t).getServerErrorMessage();
      StringBuilder text = new StringBuilder("SQLState ").append(server.getSQLState());
      append(text, "constraint", server.getConstraint());
      append(text, "table", server.getTable());
      append(text, "column", server.getColumn());
      return text.append(": ").append(firstLineMasked(server.getMessage())).toString();
    }
    if (t instanceof SQLException) {
      return "SQLState "
          + ((SQLException) t).getSQLState()
          + ": "
          + firstLineMasked(t.getMessage());
    }
    if (t instanceof org.hibernate.JDBCException
        && ((org.hibernate.JDBCException) t).getSQL() != null) {
      String sql = ((org.hibernate.JDBCException) t).getSQL();
      return "database failure in ["
          + (sql.length() > 300 ? sql.substring(0, 300) + "…" : sql)
          + "]";
    }
    return "database failure (the message is withheld: it quotes the database's; see the cause)";
  }

  private static void append(StringBuilder text, String name, String value) {
    if (value != null) {
      text.append(", ").append(name).append(' ').append(value);
    }
  }

  /** The first line of a server message, each quoted part that is not an identifier masked. */
  static String firstLineMasked(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    Matcher quoted = QUOTED.matcher(line);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String inner = quoted.group(1);
      quoted.appendReplacement(
          out,
          Matcher.quoteReplacement(IDENTIFIER.matcher(inner).matches() ? quoted.group() : "\"…\""));
    }
    quoted.appendTail(out);
    return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
  }

  /** Stands in for a database exception in a log line: its class name and the safe message. */
  static final class Redacted extends RuntimeException {
    private final String className;

    Redacted(String className, String message, Throwable cause) {
      super(message, cause, true, true);
      this.className = className;
    }

    @Override
    public String toString() {
      return className + ": " + getMessage();
    }
  }
}
