package vn.dunghan.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The revision of the reference data (units, fields, procedures): a counter that database triggers
 * move in the transaction of every write to those tables (V11). Each replica keeps the reference
 * data it reads on every request in memory ({@link #snapshot}) and reloads it when the counter has
 * moved; the counter is read once per transaction, so a request costs one primary-key read however
 * many codes it looks up.
 */
@ApplicationScoped
public class ReferenceRevision {

  private static final Object KEY = ReferenceRevision.class;

  private final EntityManager em;
  private final TransactionSynchronizationRegistry transactions;

  ReferenceRevision(EntityManager em, TransactionSynchronizationRegistry transactions) {
    this.em = em;
    this.transactions = transactions;
  }

  /**
   * The counter as this transaction sees it; {@code ownWrite} when this transaction has itself
   * written reference data, not yet committed, which no other transaction may be served.
   */
  record Seen(long revision, boolean ownWrite) {}

  /** Data loaded from the reference tables, held per replica while the counter stands still. */
  public <T> Snapshot<T> snapshot(Supplier<T> load) {
    return new Snapshot<>(load);
  }

  /** Forgets the counter read by this transaction: called after it wrote reference data. */
  public void forget() {
    if (transactions.getTransactionKey() != null) {
      transactions.putResource(KEY, null);
    }
  }

  Seen current() {
    boolean inTransaction = transactions.getTransactionKey() != null;
    if (inTransaction && transactions.getResource(KEY) instanceof Seen known) {
      return known;
    }
    Seen seen = read();
    if (inTransaction) {
      transactions.putResource(KEY, seen);
    }
    return seen;
  }

  private Seen read() {
    return SessionSql.query(
        em,
        "select revision, coalesce(xmin::text::bigint = txid_current_if_assigned() % 4294967296,"
            + " false) from reference_revision where id = 1",
        row -> {
          row.next();
          return new Seen(row.getLong(1), row.getBoolean(2));
        });
  }

  /** One kind of reference data, as last loaded by this replica and the revision it was at. */
  public final class Snapshot<T> {

    private record Held<T>(long revision, T value) {}

    private final Supplier<T> load;
    private volatile Held<T> held;

    private Snapshot(Supplier<T> load) {
      this.load = load;
    }

    /** The data as of this transaction's revision; loaded again only when the revision moved. */
    public T get() {
      Seen seen = current();
      if (seen.ownWrite()) {
        // Uncommitted changes of this transaction: loaded for it alone, kept until it ends.
        Object key = List.of(this, seen.revision());
        @SuppressWarnings("unchecked")
        T mine = (T) transactions.getResource(key);
        if (mine == null) {
          mine = load.get();
          transactions.putResource(key, mine);
        }
        return mine;
      }
      Held<T> current = held;
      if (current == null || current.revision() != seen.revision()) {
        current = new Held<>(seen.revision(), load.get());
        held = current;
      }
      return current.value();
    }
  }
}
