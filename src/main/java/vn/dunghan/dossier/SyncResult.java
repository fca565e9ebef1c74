package vn.dunghan.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.dunghan.shared.problem.Problem;

/** The answer to a portal batch: a line per item, in the order sent, and the counts. */
public record SyncResult(
    int total, int created, int updated, int unchanged, int rejected, List<Item> items) {

  /** What became of one item. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  /**
   * One item's fate; {@code problem} only when rejected. {@code dossierId} is for the caller in the
   * service (the portal keeps what it knows beside the dossier), never shown.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      int index,
      String code,
      Outcome outcome,
      String status,
      LocalDate dueDate,
      Problem problem,
      @JsonIgnore Long dossierId) {

    Item(int index, String code, Outcome outcome, Problem problem) {
      this(index, code, outcome, null, null, problem, null);
    }
  }

  static SyncResult of(List<Item> items) {
    int[] counts = new int[Outcome.values().length];
    items.forEach(i -> counts[i.outcome().ordinal()]++);
    return new SyncResult(
        items.size(),
        counts[Outcome.CREATED.ordinal()],
        counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()],
        counts[Outcome.REJECTED.ordinal()],
        items);
  }
}
