package vn.dunghan.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.dunghan.calendar.CalendarEntry;
import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.notify.EscalationPolicy;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.report.Contributions;
import vn.dunghan.report.Measure;
import vn.dunghan.sla.Overrun;
import vn.dunghan.sla.ResolutionFact;
import vn.dunghan.sla.SlaPolicy;
import vn.dunghan.unit.Level;

/**
 * Bench only (compiled in the {@code bench} profile, never packaged): loads dossiers straight into
 * the tables for the big read and scan benchmarks, where going through HTTP would take hours on
 * this machine. It is the service's own code that derives every value: the {@link Dossier}
 * aggregate replays the events on the calendar stored in the database, its report timeline feeds
 * {@link Contributions} for {@code report_counter}, its resolution and overruns feed {@code
 * sla_resolution_counter} and {@code sla_overrun}, and its SLA snapshot and escalation state are
 * set as {@code DossierService.prepare} sets them (SlaPolicy, EscalationPolicy). Rows go in with
 * COPY; the counters (daily and monthly) are added with upserts at the end. Not written:
 * notification outbox rows.
 */
public final class DirectLoad {

  private static final int MEASURES = Measure.values().length;

  /** What the portal would send for one dossier, already checked. */
  public record In(
      String code,
      String procedureCode,
      String fieldCode,
      Level level,
      String receivingUnitCode,
      String handlingUnitCode,
      Channel channel,
      Instant receivedAt,
      BigDecimal prescribedDays,
      java.time.LocalTime cutoff,
      String applicantKind,
      String applicantName,
      String applicantId,
      List<EventRecord> events) {}

  private final Connection c;
  private final DeadlineContext ctx;
  private final Map<String, Level> levels;
  private final Instant now;
  private final LocalDate today;
  private final int dueSoon;
  private final int escalateAfter;
  private long nextId;
  private long nextEventId;
  private final Map<List<Object>, int[]> report = new TreeMap<>(DirectLoad::compareKeys);
  // In key order, day first: the service adds to these rows day by day as dossiers are resolved, so
  // the rows of one day sit together in the table; loaded from a hash map they were scattered.
  private final Map<List<Object>, int[]> resolutions = new TreeMap<>(DirectLoad::compareKeys);
  private final DossierCopy rows = new DossierCopy();
  private StringBuilder overruns = new StringBuilder();
  private int pending;

  public DirectLoad(Connection c, Map<String, Level> levels, Instant now) throws SQLException {
    this.c = c;
    this.levels = levels;
    this.now = now;
    this.today = LocalDate.ofInstant(now, vn.dunghan.shared.TimeSource.ZONE);
    this.dueSoon = 1;
    this.escalateAfter = 3;
    this.ctx = new DeadlineContext(calendar(c), WorkingHours.standard(), false);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select coalesce(max(id), 0) + 1000, (select coalesce(max(id), 0) + 1000 from dossier_event)"
                    + " from dossier")) {
      rs.next();
      nextId = Math.max(rs.getLong(1), 1_000_000_000L);
      nextEventId = Math.max(rs.getLong(2), 1_000_000_000L);
    }
  }

  /** The calendar as the service builds it: the loaded years from the database. */
  private static WorkingCalendar calendar(Connection c) throws SQLException {
    Map<Integer, List<CalendarEntry>> years = new TreeMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select year from calendar_year")) {
        while (rs.next()) {
          years.put(rs.getInt(1), new ArrayList<>());
        }
      }
      try (ResultSet rs =
          s.executeQuery("select day, year, kind, name, source from calendar_day order by day")) {
        while (rs.next()) {
          years
              .computeIfAbsent(rs.getInt(2), y -> new ArrayList<>())
              .add(
                  new CalendarEntry(
                      rs.getObject(1, LocalDate.class),
                      DayKind.valueOf(rs.getString(3)),
                      rs.getString(4),
                      rs.getString(5)));
        }
      }
    }
    return new WorkingCalendar(years);
  }

  public void add(In in) throws SQLException, IOException {
    Intake intake =
        new Intake(
            in.code(),
            in.procedureCode(),
            in.fieldCode(),
            in.level(),
            in.receivingUnitCode(),
            in.handlingUnitCode(),
            in.channel(),
            Source.PORTAL,
            in.receivedAt(),
            in.prescribedDays(),
            ProcessingUnit.WORKING_DAYS,
            in.cutoff());
    Dossier d = new Dossier(intake, now);
    List<EventRecord> ordered = new ArrayList<>(in.events());
    ordered.sort(java.util.Comparator.comparing(EventRecord::at));
    d.replay(ordered, ctx);
    d.id = nextId++;
    d.updatedAt = now;
    prepare(d);
    ReportMove move = d.moveReportTimeline();
    add(report, move.unitCode(), move.fieldCode(), Contributions.of(move.online(), move.after()));
    ResolutionFact fact = d.resolutionFact();
    if (fact != null) {
      List<Object> key = List.of(fact.day(), fact.unitCode(), fact.procedureCode());
      int[] v = resolutions.computeIfAbsent(key, k -> new int[3]);
      v[fact.timeliness().ordinal()]++;
      for (Overrun o : d.overruns(ctx)) {
        row(
            overruns,
            d.id,
            o.ordinal(),
            o.unitCode(),
            fact.procedureCode(),
            fact.fieldCode(),
            levelOf(o.unitCode()),
            fact.day(),
            o.days(),
            o.fallback());
      }
    }
    rows.add(d);
    for (EventRecord e : in.events()) {
      DossierEvent event = new DossierEvent(d.id, e, now, Source.PORTAL, null);
      event.id = nextEventId++;
      rows.add(event);
    }
    rows.add(new Applicant(d.id, in.applicantKind(), in.applicantName().strip(), in.applicantId()));
    if (++pending >= 2000) {
      flush();
    }
  }

  /** As DossierService.prepare: the SLA snapshot as of today, then the escalation state. */
  private void prepare(Dossier d) {
    SlaPolicy.Phase phase =
        switch (d.status) {
          case IN_PROGRESS -> SlaPolicy.Phase.RUNNING;
          case AWAITING_SUPPLEMENT, SUSPENDED -> SlaPolicy.Phase.PAUSED;
          case RESOLVED, RETURNED -> SlaPolicy.Phase.DECIDED;
          default -> SlaPolicy.Phase.CLOSED;
        };
    SlaPolicy.Assessment a =
        SlaPolicy.assess(phase, d.timeliness, d.dueDate, today, dueSoon, ctx.calendar());
    d.snapshot(a, today);
    if (d.status != DossierStatus.IN_PROGRESS) {
      return;
    }
    boolean overdue = a.state() == vn.dunghan.sla.SlaState.OVERDUE;
    boolean watched = overdue || a.state() == vn.dunghan.sla.SlaState.DUE_SOON;
    int level =
        overdue ? EscalationPolicy.level(a.overdueWorkingDays(), escalateAfter) : d.escalationLevel;
    LocalDate next =
        overdue
            ? ctx.calendar()
                .addWorkingDays(
                    d.dueDate, BigDecimal.valueOf((long) (level + 1) * escalateAfter + 1))
            : null;
    d.escalated(watched ? a.state().name() : d.notifiedState, level, next);
  }

  /** Sends the rows collected so far, in one transaction. */
  public void flush() throws SQLException, IOException {
    if (pending == 0) {
      return;
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    rows.write(c);
    copy(
        copy,
        "sla_overrun (dossier_id, ordinal, unit_code, procedure_code, field_code, level,"
            + " resolved_on, overrun_days, fallback)",
        overruns);
    c.commit();
    c.setAutoCommit(auto);
    overruns = new StringBuilder();
    pending = 0;
  }

  /**
   * Adds the counters of everything loaded (to what the service wrote before) and moves the id
   * sequences past the ids used here.
   */
  public void finish(Map<String, String> fieldOfProcedure) throws SQLException, IOException {
    flush();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<List<Object>, int[]> e : report.entrySet()) {
      Object[] values = new Object[3 + MEASURES];
      values[0] = e.getKey().get(0);
      values[1] = e.getKey().get(1);
      values[2] = e.getKey().get(2);
      for (int i = 0; i < MEASURES; i++) {
        values[3 + i] = e.getValue()[i];
      }
      row(lines, values);
    }
    StringBuilder columns = new StringBuilder("unit_code, field_code, day");
    StringBuilder sums = new StringBuilder();
    for (Measure m : Measure.values()) {
      columns.append(", ").append(m.column);
      sums.append(sums.length() == 0 ? "" : ", ")
          .append(m.column)
          .append(" = report_counter.")
          .append(m.column)
          .append(" + excluded.")
          .append(m.column);
    }
    try (Statement s = c.createStatement()) {
      s.execute("create temporary table load_report (like report_counter) on commit drop");
      copy(c.unwrap(PGConnection.class).getCopyAPI(), "load_report (" + columns + ")", lines);
      s.execute(
          "insert into report_counter ("
              + columns
              + ") select "
              + columns
              + " from load_report on conflict (unit_code, field_code, day) do update set "
              + sums);
      StringBuilder res = new StringBuilder();
      for (Map.Entry<List<Object>, int[]> e : resolutions.entrySet()) {
        String unit = (String) e.getKey().get(1);
        String procedure = (String) e.getKey().get(2);
        int[] v = e.getValue();
        row(
            res,
            e.getKey().get(0),
            unit,
            procedure,
            fieldOfProcedure.get(procedure),
            levelOf(unit),
            v[0],
            v[1],
            v[2]);
      }
      s.execute(
          "create temporary table load_resolution (like sla_resolution_counter) on commit drop");
      copy(
          c.unwrap(PGConnection.class).getCopyAPI(),
          "load_resolution (day, unit_code, procedure_code, field_code, level, early, on_time, late)",
          res);
      s.execute(
          "insert into sla_resolution_counter select * from load_resolution"
              + " on conflict (day, unit_code, procedure_code) do update set"
              + " early = sla_resolution_counter.early + excluded.early,"
              + " on_time = sla_resolution_counter.on_time + excluded.on_time,"
              + " late = sla_resolution_counter.late + excluded.late");
      s.execute(
          "insert into sla_resolution_month (month, unit_code, field_code, level, early, on_time,"
              + " late) select date_trunc('month', day)::date, unit_code, field_code, level,"
              + " sum(early), sum(on_time), sum(late) from load_resolution group by 1, 2, 3, 4"
              + " on conflict (month, unit_code, field_code, level) do update set"
              + " early = sla_resolution_month.early + excluded.early,"
              + " on_time = sla_resolution_month.on_time + excluded.on_time,"
              + " late = sla_resolution_month.late + excluded.late");
      s.execute("select setval('dossier_seq', " + (nextId + 100) + ")");
      s.execute("select setval('dossier_event_seq', " + (nextEventId + 100) + ")");
    }
    c.commit();
    c.setAutoCommit(auto);
    report.clear();
    resolutions.clear();
  }

  private Level levelOf(String unit) {
    return levels.getOrDefault(unit, Level.PROVINCE);
  }

  private static void add(
      Map<List<Object>, int[]> into, String unit, String field, Map<LocalDate, int[]> days) {
    for (Map.Entry<LocalDate, int[]> day : days.entrySet()) {
      int[] v = into.computeIfAbsent(List.of(unit, field, day.getKey()), k -> new int[MEASURES]);
      for (int i = 0; i < v.length; i++) {
        v[i] += day.getValue()[i];
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> a, List<Object> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = ((Comparable) a.get(i)).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static void copy(CopyManager copy, String target, StringBuilder rows)
      throws SQLException, IOException {
    if (rows.length() == 0) {
      return;
    }
    copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
  }

  /** One line of COPY's text format, as the service writes it. */
  private static void row(StringBuilder out, Object... values) {
    DossierCopy.row(out, values);
  }
}
