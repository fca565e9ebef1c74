package vn.dunghan.calendar.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.calendar.ProvisionalCalendar;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * The working-day calendar as loaded in the database. Each replica caches one immutable {@link
 * WorkingCalendar} and rebuilds it when the shared revision counter moves, so a schedule replaced
 * on one replica is used by all of them from their next computation.
 */
@ApplicationScoped
public class CalendarService {

  private final CalendarRepository repository;
  private final Event<ScheduleChanged> changes;
  private final ObjectMapper json;
  private final Clock clock;
  private volatile Snapshot cached;

  CalendarService(
      CalendarRepository repository,
      Event<ScheduleChanged> changes,
      ObjectMapper json,
      Clock clock) {
    this.repository = repository;
    this.changes = changes;
    this.json = json;
    this.clock = clock;
  }

  private record Snapshot(long revision, WorkingCalendar calendar) {}

  /** The calendar in force now, consistent with the database as of this call. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkingCalendar calendar() {
    long revision = repository.revision();
    Snapshot snapshot = cached;
    if (snapshot == null || snapshot.revision() != revision) {
      Map<Integer, List<CalendarEntry>> years = repository.loadedYears();
      snapshot = new Snapshot(revision, new WorkingCalendar(years));
      cached = snapshot;
    }
    return snapshot.calendar();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ScheduleView schedule(int year) {
    WorkingCalendar calendar = calendar();
    Optional<CalendarYearEntity> loaded = repository.year(year);
    List<CalendarEntry> entries =
        loaded.isPresent() ? repository.entries(year) : ProvisionalCalendar.forYear(year);
    return ScheduleViews.of(year, loaded.orElse(null), entries, calendar);
  }

  /**
   * Replaces a year's schedule with the one in {@code request}, records who did it and why, and
   * tells the other domains so they can recompute the deadlines of open dossiers.
   */
  @Transactional
  /** Replaces the year's schedule; {@code changedBy} is the caller's subject, from the token. */
  public ScheduleView replace(int year, ScheduleRequest request, String changedBy) {
    ScheduleRules.check(year, request).throwIfAny();
    Instant now = clock.instant();
    CalendarYearEntity entity = repository.lockYear(year).orElse(null);
    List<CalendarEntry> previous =
        entity == null ? ProvisionalCalendar.forYear(year) : repository.entries(year);
    List<CalendarEntry> current = ScheduleRules.entries(request);
    if (entity == null) {
      entity = new CalendarYearEntity(year);
      entity.record(request.status(), request.source(), now, changedBy, request.reason());
      repository.insertYear(entity);
    } else {
      entity.record(request.status(), request.source(), now, changedBy, request.reason());
    }
    repository.replaceEntries(year, current);
    repository.persist(
        new CalendarChangeEntity(
            year,
            entity.revision,
            now,
            changedBy,
            request.reason(),
            toJson(previous),
            toJson(current)));
    long revision = repository.bumpRevision();
    // Not through the cache: this transaction may still roll back.
    WorkingCalendar updated = new WorkingCalendar(repository.loadedYears());
    changes.fire(new ScheduleChanged(year, revision, changedBy, request.reason(), updated));
    return ScheduleViews.of(year, entity, current, updated);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScheduleViews.ChangeView> changes(int year) {
    return repository.changes(year).stream().map(ScheduleViews::change).toList();
  }

  /** Whether {@code day}'s year runs on a computed, not yet published, schedule. */
  public boolean provisional(LocalDate day) {
    return calendar().isProvisional(day.getYear());
  }

  private String toJson(List<CalendarEntry> entries) {
    try {
      return json.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("calendar entries did not serialise", e);
    }
  }
}
