package vn.dunghan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.calendar.WorkingHours;
import vn.dunghan.procedure.ProcessingUnit;
import vn.dunghan.report.Contributions;
import vn.dunghan.report.Figures;
import vn.dunghan.report.Measure;
import vn.dunghan.report.ReportLayout;
import vn.dunghan.report.ReportPeriod;
import vn.dunghan.report.ReportRow;
import vn.dunghan.shared.TimeSource;
import vn.dunghan.unit.Level;

/**
 * The report identities (docs/report.md) over random dossier histories run through the real
 * aggregate: every row, subtotal and total keeps them; the unit rows of a subtree add up to that
 * subtree's report; carried over of a window is in progress at the end of the one before; and the
 * counters agree with an independent oracle that replays each history only up to the window's last
 * day and looks at the status.
 */
class ReportIdentityProperties {

  private static final DeadlineContext CTX =
      new DeadlineContext(WorkingCalendar.provisionalOnly(), WorkingHours.standard(), false);

  /** A small province: code, level, path. */
  private static final String[][] UNITS = {
    {"P", "PROVINCE", "/P/"},
    {"P.S", "PROVINCE", "/P/P.S/"},
    {"P.D", "DISTRICT", "/P/P.D/"},
    {"P.D.X", "COMMUNE", "/P/P.D/P.D.X/"}
  };

  private static final String[] FIELDS = {"dat-dai", "xay-dung"};

  record Case(Dossier dossier, List<EventRecord> history) {}

  /** Counters as report_counter holds them: unit, field, day to the changes per measure. */
  static final class Counters {
    final Map<String, Map<LocalDate, long[]>> byKey = new HashMap<>();

    void add(String unit, String field, Map<LocalDate, int[]> days) {
      Map<LocalDate, long[]> row = byKey.computeIfAbsent(unit + "|" + field, k -> new HashMap<>());
      days.forEach(
          (day, v) -> {
            long[] sum = row.computeIfAbsent(day, d -> new long[Measure.values().length]);
            for (int i = 0; i < v.length; i++) {
              sum[i] += v[i];
            }
          });
    }

    /** What the report query computes for a closed window: the same sums, in memory. */
    Map<String, Figures> window(LocalDate from, LocalDate to, String pathPrefix) {
      Map<String, Figures> out = new HashMap<>();
      for (Map.Entry<String, Map<LocalDate, long[]>> e : byKey.entrySet()) {
        String unit = e.getKey().split("\\|")[0];
        if (!path(unit).startsWith(pathPrefix)) {
          continue;
        }
        long[] flows = new long[Measure.values().length];
        long[] before = new long[Measure.values().length];
        long[] end = new long[Measure.values().length];
        for (Map.Entry<LocalDate, long[]> d : e.getValue().entrySet()) {
          LocalDate day = d.getKey();
          if (day.isAfter(to)) {
            continue;
          }
          for (Measure m : Measure.values()) {
            long v = d.getValue()[m.ordinal()];
            if (m.level) {
              end[m.ordinal()] += v;
              if (day.isBefore(from)) {
                before[m.ordinal()] += v;
              }
            } else if (!day.isBefore(from)) {
              flows[m.ordinal()] += v;
            }
          }
        }
        Figures f = Figures.fromSums(flows, before, end);
        if (!f.isZero()) {
          out.put(e.getKey(), f);
        }
      }
      return out;
    }
  }

  @Property(tries = 150)
  void identitiesHoldForEveryRowAndTotal(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int month) {
    List<Case> cases = histories(new Random(seed), 40);
    Counters counters = counters(cases);
    ReportPeriod period = new ReportPeriod(ReportPeriod.Kind.MONTH, 2025, month);
    ReportPeriod.Days days = period.days(ReportPeriod.Window.REGULATORY);
    ReportLayout.Laid laid = lay(counters.window(days.from(), days.to(), "/"));
    List<ReportRow> all = new ArrayList<>(laid.rows());
    all.addAll(laid.subtotals());
    all.add(laid.total());
    for (ReportRow r : all) {
      assertIdentities(r);
    }
    Figures sum = Figures.ZERO;
    for (ReportRow r : laid.rows()) {
      sum = sum.plus(r.figures());
    }
    assertThat(laid.total().figures()).isEqualTo(sum);
  }

  @Property(tries = 100)
  void unitRowsAddUpToTheirParentsReport(@ForAll long seed) {
    List<Case> cases = histories(new Random(seed), 40);
    Counters counters = counters(cases);
    ReportPeriod.Days days =
        new ReportPeriod(ReportPeriod.Kind.QUARTER, 2025, 2).days(ReportPeriod.Window.REGULATORY);
    ReportLayout.Laid province = lay(counters.window(days.from(), days.to(), "/"));
    ReportLayout.Laid district = lay(counters.window(days.from(), days.to(), "/P/P.D/"));
    Figures districtUnits = Figures.ZERO;
    Figures provinceUnits = Figures.ZERO;
    for (ReportRow s : province.subtotals()) {
      if (s.unitCode() != null && s.fieldCode() == null) {
        provinceUnits = provinceUnits.plus(s.figures());
        if (s.unitCode().startsWith("P.D")) {
          districtUnits = districtUnits.plus(s.figures());
        }
      }
    }
    assertThat(district.total().figures()).isEqualTo(districtUnits);
    assertThat(province.total().figures()).isEqualTo(provinceUnits);
  }

  @Property(tries = 100)
  void carriedOverIsWhatWasInProgressAtTheEndOfThePreviousWindow(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int month) {
    Counters counters = counters(histories(new Random(seed), 40));
    ReportPeriod next = new ReportPeriod(ReportPeriod.Kind.MONTH, 2025, month);
    ReportPeriod.Days n = next.days(ReportPeriod.Window.REGULATORY);
    ReportPeriod.Days p = next.previous().days(ReportPeriod.Window.REGULATORY);
    assertThat(p.to().plusDays(1)).isEqualTo(n.from());
    Map<String, Figures> before = counters.window(p.from(), p.to(), "/");
    Map<String, Figures> after = counters.window(n.from(), n.to(), "/");
    for (String key : union(before, after)) {
      long inProgress = before.getOrDefault(key, Figures.ZERO).inProgress();
      long carried = after.getOrDefault(key, Figures.ZERO).carriedOver();
      assertThat(carried).as(key).isEqualTo(inProgress);
    }
  }

  /**
   * The oracle: each history replayed only up to the end of the window's last day; its status then
   * says whether it is in progress, overdue, awaiting a supplement or suspended.
   */
  @Property(tries = 100)
  void countersAgreeWithReplayingEachHistoryUpToTheWindowEnd(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int month) {
    List<Case> cases = histories(new Random(seed), 30);
    ReportPeriod.Days days =
        new ReportPeriod(ReportPeriod.Kind.MONTH, 2025, month).days(ReportPeriod.Window.REGULATORY);
    Figures total = Figures.ZERO;
    for (Figures f : counters(cases).window(days.from(), days.to(), "/").values()) {
      total = total.plus(f);
    }
    long received = 0;
    long inProgress = 0;
    long overdue = 0;
    long awaiting = 0;
    long suspended = 0;
    Instant end = days.to().plusDays(1).atStartOfDay(TimeSource.ZONE).toInstant();
    for (Case c : cases) {
      if (days.contains(c.dossier().receivedOn)) {
        received++;
      }
      if (!c.dossier().receivedOn.isAfter(days.to())) {
        Dossier atEnd = fresh(c.dossier());
        atEnd.replay(c.history().stream().filter(e -> e.at().isBefore(end)).toList(), CTX);
        if (atEnd.status.open()) {
          inProgress++;
          overdue +=
              atEnd.status == DossierStatus.IN_PROGRESS && days.to().isAfter(atEnd.dueDate) ? 1 : 0;
          awaiting += atEnd.status == DossierStatus.AWAITING_SUPPLEMENT ? 1 : 0;
          suspended += atEnd.status == DossierStatus.SUSPENDED ? 1 : 0;
        }
      }
    }
    assertThat(total.newOnline() + total.newDirect()).isEqualTo(received);
    assertThat(total.inProgress()).isEqualTo(inProgress);
    assertThat(total.overdue()).isEqualTo(overdue);
    assertThat(total.awaitingSupplement()).isEqualTo(awaiting);
    assertThat(total.suspended()).isEqualTo(suspended);
  }

  private static void assertIdentities(ReportRow r) {
    Figures f = r.figures();
    for (long v : f.toArray()) {
      assertThat(v).as("every figure of %s", r).isNotNegative();
    }
    assertThat(r.received().total())
        .isEqualTo(
            r.received().newOnline() + r.received().newDirect() + r.received().carriedOver());
    assertThat(r.resolved().total())
        .isEqualTo(r.resolved().early() + r.resolved().onTime() + r.resolved().late());
    assertThat(r.inProgress().total())
        .isEqualTo(r.inProgress().notDue() + r.inProgress().overdue());
    assertThat(r.inProgress().notDue()).isNotNegative();
    assertThat(r.received().carriedOver() + r.received().newOnline() + r.received().newDirect())
        .as("carried over + new = resolved + in progress + withdrawn + rejected for %s", r)
        .isEqualTo(r.resolved().total() + r.inProgress().total() + r.withdrawn() + r.rejected());
    assertThat(r.awaitingSupplement() + r.suspended()).isLessThanOrEqualTo(r.inProgress().notDue());
  }

  private static ReportLayout.Laid lay(Map<String, Figures> figures) {
    List<ReportLayout.Line> lines = new ArrayList<>();
    figures.forEach(
        (key, f) -> {
          String[] k = key.split("\\|");
          lines.add(new ReportLayout.Line(k[0], "Đơn vị " + k[0], level(k[0]), k[1], k[1], f));
        });
    return ReportLayout.lay(lines);
  }

  private static Counters counters(List<Case> cases) {
    Counters counters = new Counters();
    for (Case c : cases) {
      Dossier d = c.dossier();
      ReportMove move = d.moveReportTimeline();
      counters.add(
          move.unitCode(), move.fieldCode(), Contributions.of(move.online(), move.after()));
    }
    return counters;
  }

  /** Random dossiers received in 2025, each with a random history the rules allow. */
  static List<Case> histories(Random random, int count) {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] unit = UNITS[random.nextInt(UNITS.length)];
      LocalDateTime received =
          LocalDateTime.of(2025, 1, 1, 8, 0)
              .plusDays(random.nextInt(200))
              .plusHours(random.nextInt(9));
      Intake intake =
          new Intake(
              "HS-" + i,
              "1.000" + i,
              FIELDS[random.nextInt(FIELDS.length)],
              Level.valueOf(unit[1]),
              unit[0],
              unit[0],
              Channel.values()[random.nextInt(Channel.values().length)],
              Source.DESK,
              received.atZone(TimeSource.ZONE).toInstant(),
              BigDecimal.valueOf(new int[] {1, 5, 15}[random.nextInt(3)]),
              ProcessingUnit.WORKING_DAYS,
              null);
      Dossier dossier = new Dossier(intake, intake.receivedAt());
      List<EventRecord> history = new ArrayList<>();
      DossierStatus status = DossierStatus.IN_PROGRESS;
      Instant at = intake.receivedAt();
      while (true) {
        EventType next = next(status, random);
        if (next == null) {
          break;
        }
        at = at.plusSeconds(3600L + 86_400L * random.nextInt(12));
        history.add(
            next == EventType.RESOLVED
                ? new EventRecord(next, at, null, null, null, null, Outcome.APPROVED)
                : EventRecord.of(next, at));
        status = after(next);
      }
      dossier.replay(history, CTX);
      cases.add(new Case(dossier, history));
    }
    return cases;
  }

  private static EventType next(DossierStatus status, Random random) {
    int r = random.nextInt(100);
    switch (status) {
      case IN_PROGRESS:
        return r < 40
            ? EventType.RESOLVED
            : r < 52
                ? EventType.SUPPLEMENT_REQUESTED
                : r < 62
                    ? EventType.SUSPENDED
                    : r < 67 ? EventType.WITHDRAWN : r < 72 ? EventType.REJECTED : null;
      case AWAITING_SUPPLEMENT:
        return r < 60
            ? EventType.SUPPLEMENT_RECEIVED
            : r < 70 ? EventType.WITHDRAWN : r < 80 ? EventType.REJECTED : null;
      case SUSPENDED:
        return r < 60 ? EventType.RESUMED : r < 70 ? EventType.WITHDRAWN : null;
      case RESOLVED:
        return r < 50 ? EventType.RETURNED : null;
      default:
        return null;
    }
  }

  private static DossierStatus after(EventType type) {
    return switch (type) {
      case RESOLVED -> DossierStatus.RESOLVED;
      case RETURNED -> DossierStatus.RETURNED;
      case SUPPLEMENT_REQUESTED -> DossierStatus.AWAITING_SUPPLEMENT;
      case SUSPENDED -> DossierStatus.SUSPENDED;
      case WITHDRAWN -> DossierStatus.WITHDRAWN;
      case REJECTED -> DossierStatus.REJECTED;
      default -> DossierStatus.IN_PROGRESS;
    };
  }

  private static Dossier fresh(Dossier d) {
    return new Dossier(
        new Intake(
            d.code,
            d.procedureCode,
            d.fieldCode,
            d.level,
            d.receivingUnitCode,
            d.handlingUnitCode,
            d.channel,
            d.source,
            d.receivedAt,
            d.prescribedAmount,
            d.prescribedUnit,
            d.sameDayCutoff),
        d.receivedAt);
  }

  private static String path(String unit) {
    for (String[] u : UNITS) {
      if (u[0].equals(unit)) {
        return u[2];
      }
    }
    throw new IllegalArgumentException(unit);
  }

  private static Level level(String unit) {
    for (String[] u : UNITS) {
      if (u[0].equals(unit)) {
        return Level.valueOf(u[1]);
      }
    }
    throw new IllegalArgumentException(unit);
  }

  private static java.util.Set<String> union(Map<String, Figures> a, Map<String, Figures> b) {
    java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }
}
