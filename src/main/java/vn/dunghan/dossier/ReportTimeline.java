package vn.dunghan.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dossier's stages day by day, as the report reads them: the stage in force at the end of each
 * day, starting on the day of receipt. Only the last change of a day counts (the report looks at
 * the end of the day), and a change to the same stage and due date is no change. Stored with the
 * dossier in a compact text form so that the next change can take back exactly what this one added
 * to the report counters.
 */
public final class ReportTimeline {

  /** From {@code from} on, the dossier is at {@code stage}, due on {@code due} (if running). */
  public record Phase(LocalDate from, ReportStage stage, LocalDate due) {
    public Phase {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(stage, "stage");
      due = stage == ReportStage.RUNNING ? Objects.requireNonNull(due, "due") : null;
    }
  }

  private final List<Phase> phases;

  private ReportTimeline(List<Phase> phases) {
    this.phases = List.copyOf(phases);
  }

  public List<Phase> phases() {
    return phases;
  }

  public LocalDate receivedOn() {
    return phases.get(0).from();
  }

  /** Builds a timeline from the changes of a replay, in time order. */
  public static final class Builder {
    private final List<Phase> phases = new ArrayList<>();
    private boolean closed;

    public Builder mark(LocalDate day, ReportStage stage, LocalDate due) {
      if (closed) {
        return this; // after closing (the result handed over, say) the report sees no change
      }
      Phase next = new Phase(day, stage, due);
      if (!phases.isEmpty()) {
        Phase last = phases.get(phases.size() - 1);
        if (day.isBefore(last.from())) {
          throw new IllegalArgumentException("changes must come in time order: " + day);
        }
        if (last.from().equals(day)) {
          phases.remove(phases.size() - 1);
        }
        if (!phases.isEmpty() && same(phases.get(phases.size() - 1), next)) {
          closed = !stage.open();
          return this;
        }
      }
      phases.add(next);
      closed = !stage.open();
      return this;
    }

    public ReportTimeline build() {
      if (phases.isEmpty()) {
        throw new IllegalStateException("a timeline starts with the receipt");
      }
      return new ReportTimeline(phases);
    }

    private static boolean same(Phase a, Phase b) {
      return a.stage() == b.stage() && Objects.equals(a.due(), b.due());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The compact form: {@code 2025-03-03R2025-03-24 2025-03-05A 2025-03-20E}. */
  public String encode() {
    StringBuilder text = new StringBuilder(phases.size() * 22);
    for (Phase p : phases) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(p.from()).append(p.stage().code);
      if (p.due() != null) {
        text.append(p.due());
      }
    }
    return text.toString();
  }

  public static ReportTimeline decode(String text) {
    List<Phase> phases = new ArrayList<>();
    for (String part : text.strip().split(" ")) {
      LocalDate from = LocalDate.parse(part.substring(0, 10));
      ReportStage stage = ReportStage.of(part.charAt(10));
      LocalDate due = part.length() > 11 ? LocalDate.parse(part.substring(11)) : null;
      phases.add(new Phase(from, stage, due));
    }
    return new ReportTimeline(phases);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportTimeline t && t.phases.equals(phases);
  }

  @Override
  public int hashCode() {
    return phases.hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
