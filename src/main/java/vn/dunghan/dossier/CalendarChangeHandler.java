package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dunghan.calendar.schedule.ScheduleChanged;
import vn.dunghan.sla.ResolutionFact;

/**
 * When a year's official schedule replaces what was there, the open dossiers whose clock runs
 * through that year are replayed on the new calendar, in the same transaction; each one whose due
 * date moved records the old and the new date and the reason. Nothing else is rewritten.
 */
@ApplicationScoped
class CalendarChangeHandler {

  private static final Logger LOG = Logger.getLogger(CalendarChangeHandler.class);

  private final DossierRepository dossiers;
  private final Settlement settlement;
  private final Clock clock;

  CalendarChangeHandler(DossierRepository dossiers, Settlement settlement, Clock clock) {
    this.dossiers = dossiers;
    this.settlement = settlement;
    this.clock = clock;
  }

  void onScheduleChanged(@Observes ScheduleChanged change) {
    DeadlineContext ctx = settlement.context(change.calendar());
    Instant now = clock.instant();
    String reason =
        "Lịch năm "
            + change.year()
            + " thay đổi: "
            + change.reason()
            + " ("
            + change.changedBy()
            + ")";
    int moved = 0;
    Settlement.Batch changes = settlement.begin();
    List<Dossier> open = dossiers.openRunningThrough(change.firstDay(), change.lastDay());
    for (Dossier dossier : open) {
      LocalDate before = dossier.dueDate;
      ResolutionFact resolvedBefore = dossier.resolutionFact();
      List<EventRecord> history =
          dossiers.events(dossier.id).stream().map(DossierEvent::toRecord).toList();
      dossier.replay(history, ctx);
      changes.settle(dossier, resolvedBefore, ctx);
      if (!before.equals(dossier.dueDate)) {
        dossier.updatedAt = now;
        dossiers.persistEvent(
            DossierEvent.deadlineRecomputed(dossier.id, now, before, dossier.dueDate, reason));
        moved++;
      }
    }
    changes.write();
    LOG.infof(
        "calendar %d changed: %d open dossiers checked, %d due dates moved",
        change.year(), open.size(), moved);
  }
}
