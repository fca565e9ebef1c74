package vn.dunghan.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dunghan.calendar.schedule.CalendarConfig;
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
  private final DossierService service;
  private final CalendarConfig config;
  private final Clock clock;

  CalendarChangeHandler(
      DossierRepository dossiers, DossierService service, CalendarConfig config, Clock clock) {
    this.dossiers = dossiers;
    this.service = service;
    this.config = config;
    this.clock = clock;
  }

  void onScheduleChanged(@Observes ScheduleChanged change) {
    DeadlineContext ctx =
        new DeadlineContext(
            change.calendar(),
            config.hours(),
            config.countingMode() == CalendarConfig.CountingMode.HOURS);
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
    LedgerChanges changes = service.ledgerChanges();
    List<Dossier> open = dossiers.openRunningThrough(change.firstDay(), change.lastDay());
    for (Dossier dossier : open) {
      LocalDate before = dossier.dueDate;
      ResolutionFact resolvedBefore = dossier.resolutionFact();
      List<EventRecord> history =
          dossiers.events(dossier.id).stream().map(DossierEvent::toRecord).toList();
      dossier.replay(history, ctx);
      service.settle(dossier, resolvedBefore, ctx, changes);
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
