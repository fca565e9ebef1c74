package vn.dunghan.calendar.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.shared.SessionSql;
import vn.dunghan.shared.problem.ProblemException;

/** Loaded schedules, their change history and the revision counter that keeps replicas in step. */
@ApplicationScoped
public class CalendarRepository {

  private final EntityManager em;

  CalendarRepository(EntityManager em) {
    this.em = em;
  }

  long revision() {
    // Read before every deadline computation.
    return SessionSql.singleLong(em, "select revision from calendar_revision where id = 1");
  }

  long bumpRevision() {
    return ((Number)
            em.createNativeQuery(
                    "update calendar_revision set revision = revision + 1 where id = 1"
                        + " returning revision")
                .getSingleResult())
        .longValue();
  }

  Map<Integer, List<CalendarEntry>> loadedYears() {
    Map<Integer, List<CalendarEntry>> years = new LinkedHashMap<>();
    for (CalendarYearEntity year :
        em.createQuery("from CalendarYearEntity order by year", CalendarYearEntity.class)
            .getResultList()) {
      years.put(year.year, new ArrayList<>());
    }
    for (CalendarDayEntity day :
        em.createQuery("from CalendarDayEntity order by day", CalendarDayEntity.class)
            .getResultList()) {
      years.computeIfAbsent(day.year, y -> new ArrayList<>()).add(day.toEntry());
    }
    return years;
  }

  Optional<CalendarYearEntity> year(int year) {
    return Optional.ofNullable(em.find(CalendarYearEntity.class, year));
  }

  /** The year's row locked for the rest of the transaction, so that two replacements serialise. */
  Optional<CalendarYearEntity> lockYear(int year) {
    return Optional.ofNullable(
        em.find(CalendarYearEntity.class, year, LockModeType.PESSIMISTIC_WRITE));
  }

  List<CalendarEntry> entries(int year) {
    return em
        .createQuery("from CalendarDayEntity where year = :y order by day", CalendarDayEntity.class)
        .setParameter("y", year)
        .getResultList()
        .stream()
        .map(CalendarDayEntity::toEntry)
        .toList();
  }

  void replaceEntries(int year, List<CalendarEntry> entries) {
    // Removed through the persistence context: the old rows may already be loaded in it.
    em.createQuery("from CalendarDayEntity where year = :y", CalendarDayEntity.class)
        .setParameter("y", year)
        .getResultList()
        .forEach(em::remove);
    em.flush();
    for (CalendarEntry entry : entries) {
      em.persist(new CalendarDayEntity(entry));
    }
  }

  /** Inserts a year's first schedule; a concurrent first insert of the same year is a conflict. */
  void insertYear(CalendarYearEntity year) {
    try {
      em.persist(year);
      em.flush();
    } catch (PersistenceException e) {
      throw ProblemException.conflict(
          "the schedule of " + year.year + " was changed concurrently; read it again and retry");
    }
  }

  void persist(Object entity) {
    em.persist(entity);
  }

  List<CalendarChangeEntity> changes(int year) {
    return em.createQuery(
            "from CalendarChangeEntity where year = :y order by revision",
            CalendarChangeEntity.class)
        .setParameter("y", year)
        .getResultList();
  }
}
