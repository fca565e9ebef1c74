package vn.dunghan.dossier;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import vn.dunghan.shared.Like;
import vn.dunghan.sla.SlaState;
import vn.dunghan.sla.Timeliness;

@ApplicationScoped
public class DossierRepository implements PanacheRepository<Dossier> {

  @jakarta.inject.Inject vn.dunghan.unit.UnitDirectory directory;

  /** Hibernate's id generator of each entity class, looked up once (some 8,000 ids per batch). */
  private final Map<Class<?>, BeforeExecutionGenerator> generators = new ConcurrentHashMap<>();

  private static final List<DossierStatus> DECIDED =
      List.of(DossierStatus.RESOLVED, DossierStatus.RETURNED);

  public Optional<Dossier> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  /** The dossier locked until the transaction ends: events on one dossier are applied in turn. */
  Optional<Dossier> lockByCode(String code) {
    return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
  }

  /** The open dossiers held by one of {@code units}, locked, oldest first. */
  List<Dossier> lockOpenHeldBy(java.util.Collection<String> units) {
    return find(
            "status in ?1 and holdingUnitCode in ?2 order by id",
            List.of(
                DossierStatus.IN_PROGRESS,
                DossierStatus.AWAITING_SUPPLEMENT,
                DossierStatus.SUSPENDED),
            units)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /**
   * The id Hibernate would give {@code entity} (a dossier or an event) on persist, from the same
   * pooled sequence: for rows written by {@link DossierCopy} next to rows written by Hibernate.
   */
  long nextId(Object entity) {
    SharedSessionContractImplementor session =
        getEntityManager().unwrap(SharedSessionContractImplementor.class);
    BeforeExecutionGenerator generator =
        generators.computeIfAbsent(
            entity.getClass(),
            type ->
                (BeforeExecutionGenerator)
                    session
                        .getFactory()
                        .getMappingMetamodel()
                        .getEntityDescriptor(type)
                        .getGenerator());
    return ((Number) generator.generate(session, entity, null, EventType.INSERT)).longValue();
  }

  /** Serialises intakes of the same code, so that concurrent identical requests create one row. */
  void lockCode(String code) {
    lockCodes(List.of(code));
  }

  /** One round trip for the whole batch; codes are sorted so concurrent batches cannot deadlock. */
  void lockCodes(List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    String[] sorted = codes.stream().distinct().sorted().toArray(String[]::new);
    // Plain JDBC: as a Hibernate native query, resolving the result's metadata cost more than the
    // lock itself on every intake.
    getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement lock =
                  connection.prepareStatement(
                      "select count(pg_advisory_xact_lock(hashtextextended(c, 22)))"
                          + " from (select unnest(?::text[]) as c order by 1) as codes")) {
                lock.setArray(1, connection.createArrayOf("text", sorted));
                lock.executeQuery().close();
              }
            });
  }

  /** The stored dossiers among {@code codes}, locked for the rest of the transaction. */
  Map<String, Dossier> byCodes(List<String> codes) {
    Map<String, Dossier> found = new HashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    find("code in ?1 order by id", codes)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list()
        .forEach(d -> found.put(d.code, d));
    return found;
  }

  Map<Long, List<DossierEvent>> eventsOf(java.util.Collection<Dossier> of) {
    if (of.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = of.stream().map(d -> d.id).toList();
    Map<Long, List<DossierEvent>> byDossier = new HashMap<>();
    getEntityManager()
        .createQuery(
            "from DossierEvent where dossierId in :ids order by occurredAt, id", DossierEvent.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(e -> byDossier.computeIfAbsent(e.dossierId, k -> new ArrayList<>()).add(e));
    return byDossier;
  }

  Map<Long, Applicant> applicantsOf(java.util.Collection<Dossier> of) {
    Map<Long, Applicant> found = new HashMap<>();
    if (of.isEmpty()) {
      return found;
    }
    List<Long> ids = of.stream().map(d -> d.id).toList();
    getEntityManager()
        .createQuery("from Applicant where dossierId in :ids", Applicant.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> found.put(a.dossierId, a));
    return found;
  }

  List<DossierEvent> events(Long dossierId) {
    return getEntityManager()
        .createQuery(
            "from DossierEvent where dossierId = :id order by occurredAt, id", DossierEvent.class)
        .setParameter("id", dossierId)
        .getResultList();
  }

  Applicant applicant(Long dossierId) {
    return getEntityManager().find(Applicant.class, dossierId);
  }

  /** Writes what {@code rows} holds by COPY, in the current transaction. */
  void copy(DossierCopy rows) {
    getEntityManager().unwrap(org.hibernate.Session.class).doWork(rows::write);
  }

  void persistEvent(DossierEvent event) {
    getEntityManager().persist(event);
  }

  /** Open dossiers whose clock runs through [from, to]: a calendar change there may move them. */
  List<Dossier> openRunningThrough(LocalDate from, LocalDate to) {
    return list(
        "status in ?1 and clockStartedOn <= ?2 and dueDate >= ?3",
        List.of(
            DossierStatus.IN_PROGRESS, DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.SUSPENDED),
        to,
        from.minusDays(1));
  }

  PanacheQuery<Dossier> search(DossierFilter f, LocalDate today, LocalDate dueSoonLimit) {
    List<String> where = new ArrayList<>();
    Parameters p = new Parameters();
    if (f.unitCode() != null) {
      // A successor lists the dossiers of the units merged into it as its own.
      java.util.Set<String> units = new java.util.LinkedHashSet<>();
      units.add(f.unitCode());
      units.addAll(directory.predecessors(f.unitCode()));
      where.add("(handlingUnitCode in :units or holdingUnitCode in :units)");
      p.and("units", units);
    }
    if (f.withinPath() != null) {
      where.add(
          "(handlingUnitCode in (select u.code from AdministrativeUnit u where u.path like :path "
              + Like.ESCAPE
              + ") or holdingUnitCode in (select u.code from AdministrativeUnit u"
              + " where u.path like :path "
              + Like.ESCAPE
              + "))");
      p.and("path", Like.prefix(f.withinPath()));
      java.util.Set<String> merged = directory.predecessorsWithin(f.withinPath());
      if (!merged.isEmpty()) {
        where.set(
            where.size() - 1,
            "(" + where.get(where.size() - 1) + " or handlingUnitCode in :merged)");
        p.and("merged", merged);
      }
    }
    if (f.level() != null) {
      where.add("level = :level");
      p.and("level", f.level());
    }
    if (f.fieldCode() != null) {
      where.add("fieldCode = :field");
      p.and("field", f.fieldCode());
    }
    if (f.procedureCode() != null) {
      where.add("procedureCode = :procedure");
      p.and("procedure", f.procedureCode());
    }
    if (f.status() != null) {
      where.add("status = :status");
      p.and("status", f.status());
    }
    if (f.receivedFrom() != null) {
      where.add("receivedOn >= :from");
      p.and("from", f.receivedFrom());
    }
    if (f.receivedTo() != null) {
      where.add("receivedOn <= :to");
      p.and("to", f.receivedTo());
    }
    if (f.slaState() != null) {
      where.add(slaCondition(f.slaState(), today, dueSoonLimit, p));
    }
    Sort newestFirst = Sort.descending("receivedAt", "id");
    return where.isEmpty()
        ? findAll(newestFirst)
        : find(String.join(" and ", where), newestFirst, p);
  }

  private static String slaCondition(
      SlaState state, LocalDate today, LocalDate dueSoonLimit, Parameters p) {
    switch (state) {
      case OVERDUE:
        p.and("running", DossierStatus.IN_PROGRESS).and("today", today);
        return "status = :running and dueDate < :today";
      case DUE_SOON:
        p.and("running", DossierStatus.IN_PROGRESS).and("today", today).and("soon", dueSoonLimit);
        return "status = :running and dueDate >= :today and dueDate <= :soon";
      case ON_TRACK:
        p.and("running", DossierStatus.IN_PROGRESS).and("soon", dueSoonLimit);
        return "status = :running and dueDate > :soon";
      case PAUSED:
        p.and("paused", List.of(DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.SUSPENDED));
        return "status in :paused";
      case MET:
        p.and("decided", DECIDED).and("late", Timeliness.LATE);
        return "status in :decided and timeliness <> :late";
      case MISSED:
        p.and("decided", DECIDED).and("late", Timeliness.LATE);
        return "status in :decided and timeliness = :late";
      default:
        p.and("closed", List.of(DossierStatus.WITHDRAWN, DossierStatus.REJECTED));
        return "status in :closed";
    }
  }

  /**
   * Dossiers written before the index's verdict was kept (V13) that need a replay for it: ended
   * ones without a verdict, and ones whose supplement requests were never counted.
   */
  @SuppressWarnings("unchecked")
  List<Dossier> lockNeedingIndexVerdict(int limit) {
    return getEntityManager()
        .createNativeQuery(
            "select * from dossier where (index_verdict is null"
                + " and status not in ('IN_PROGRESS', 'SUSPENDED'))"
                + " or (supplement_requests = 0"
                + " and (clock_restarts > 0 or status = 'AWAITING_SUPPLEMENT'))"
                + " order by id limit :n for update skip locked",
            Dossier.class)
        .setParameter("n", limit)
        .getResultList();
  }

  /** Dossiers without a report timeline (written before it existed), locked, skipping held ones. */
  @SuppressWarnings("unchecked")
  List<Dossier> lockWithoutReportTimeline(int limit) {
    return getEntityManager()
        .createNativeQuery(
            "select * from dossier where report_timeline is null order by id limit :n"
                + " for update skip locked",
            Dossier.class)
        .setParameter("n", limit)
        .getResultList();
  }

  /** Records a read of a dossier's personal data: who, when, with which roles and unit. */
  void recordPersonalDataRead(Long dossierId, String by, String roles, String unit, Instant at) {
    getEntityManager()
        .createNativeQuery(
            "insert into personal_data_read (dossier_id, read_by, roles, unit_code, read_at)"
                + " values (:d, :by, :roles, :unit, :at)")
        .setParameter("d", dossierId)
        .setParameter("by", by)
        .setParameter("roles", roles)
        .setParameter("unit", unit)
        .setParameter("at", java.sql.Timestamp.from(at))
        .executeUpdate();
  }
}
