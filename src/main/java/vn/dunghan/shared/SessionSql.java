package vn.dunghan.shared;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * A plain JDBC query on the connection of the current Hibernate session, inside its transaction:
 * for reads on every request (revision counters) and for loading reference data, where a Hibernate
 * native query resolved the result's metadata on every call and cost more than the read itself.
 */
public final class SessionSql {

  /** Reads the result of one query. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private SessionSql() {}

  public static <T> T query(EntityManager em, String sql, Reader<T> reader) {
    return query(em, sql, statement -> {}, reader);
  }

  /** Work on the session's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(java.sql.Connection connection) throws SQLException;
  }

  /** Runs {@code work} on the connection of the caller's transaction. */
  public static <T> T work(EntityManager em, Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::run);
  }

  /** Sets the parameters of a statement. */
  @FunctionalInterface
  public interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** {@link #query(EntityManager, String, Reader)} with parameters. */
  public static <T> T query(EntityManager em, String sql, Binder binder, Reader<T> reader) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql)) {
                binder.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                  return reader.read(rows);
                }
              }
            });
  }

  /** The first column of the only row of {@code sql}, a number. */
  public static long singleLong(EntityManager em, String sql) {
    return query(
        em,
        sql,
        rows -> {
          rows.next();
          return rows.getLong(1);
        });
  }
}
