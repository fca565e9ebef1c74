package vn.dunghan.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dunghan.bench.Province.Field;
import vn.dunghan.bench.Province.Level;
import vn.dunghan.bench.Province.Procedure;
import vn.dunghan.bench.Province.Unit;
import vn.dunghan.calendar.WorkingCalendar;

/**
 * Dossier number {@code i} of a generated province, the same for the same seed: a portal sync item
 * (the intake body and its events so far). Receipts spread over the span with the volume and the
 * online share growing; the lifecycle follows the service's own rules (due date from the day after
 * receipt, a supplement restarts the clock, a suspension adds its working days back) so that the
 * share of late dossiers is what each field asks for. Events later than {@code now} are cut off:
 * the most recent dossiers stay open, some of them already overdue.
 */
final class Dossiers {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private final Province province;
  private final WorkingCalendar calendar;
  private final long seed;
  private final LocalDate first;
  private final Instant now;
  private final List<LocalDate> days = new ArrayList<>();
  private final double[] dayCumulative;
  private final double[] procedureCumulative;
  private final double[] fieldWeightOfProcedure;
  private final Mode mode;
  private int openDays = 30;

  /** What kind of dossiers: a realistic history, or only dossiers still open (the scan bench). */
  enum Mode {
    HISTORY,
    OPEN
  }

  /** One event: a type and the moment, with what the type needs. */
  record Event(
      String type,
      Instant at,
      String toUnitCode,
      BigDecimal allotment,
      String reason,
      LocalDate newAppointmentDate,
      String outcome) {}

  record Applicant(String kind, String name, String idNumber) {}

  record Item(
      String code,
      String procedureCode,
      String handlingUnitCode,
      String receivingUnitCode,
      String channel,
      Instant receivedAt,
      Applicant applicant,
      List<Event> events) {}

  Dossiers(
      Province province,
      WorkingCalendar calendar,
      long seed,
      LocalDate last,
      int months,
      Instant now,
      Mode mode) {
    this.province = province;
    this.calendar = calendar;
    this.seed = seed;
    this.now = now;
    this.mode = mode;
    this.first = last.minusMonths(months).plusDays(1);
    double total = 0;
    List<Double> cumulative = new ArrayList<>();
    long span = last.toEpochDay() - first.toEpochDay() + 1;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      // Volume grows about 15 % a year; days off see only online receipts.
      double growth = 1 + 0.3 * (d.toEpochDay() - first.toEpochDay()) / (double) span;
      double weight = (calendar.isWorkingDay(d) ? 1.0 : 0.08) * growth;
      total += weight;
      days.add(d);
      cumulative.add(total);
    }
    dayCumulative = cumulative.stream().mapToDouble(x -> x).toArray();
    List<Procedure> ps = province.procedures;
    procedureCumulative = new double[ps.size()];
    fieldWeightOfProcedure = new double[ps.size()];
    double[] fieldTotals = new double[province.fields.size()];
    for (Procedure p : ps) {
      fieldTotals[province.fields.indexOf(p.field())] += p.weight();
    }
    double acc = 0;
    for (int i = 0; i < ps.size(); i++) {
      Procedure p = ps.get(i);
      double w = p.field().share() * p.weight() / fieldTotals[province.fields.indexOf(p.field())];
      acc += w;
      procedureCumulative[i] = acc;
      fieldWeightOfProcedure[i] = w;
    }
  }

  LocalDate first() {
    return first;
  }

  /** In {@link Mode#OPEN}, receipts fall within this many days before now (1: today only). */
  Dossiers openDays(int days) {
    this.openDays = days;
    return this;
  }

  Item item(long i) {
    SplittableRandom r = new SplittableRandom(mix(seed, i));
    LocalDate day = mode == Mode.OPEN ? openDay(r) : pick(days, dayCumulative, r);
    Procedure p = province.procedures.get(pickIndex(procedureCumulative, r));
    Level level =
        p.home() == Level.DISTRICT && !day.isBefore(Province.REORGANISED)
            ? Level.COMMUNE
            : p.home();
    Unit handling = handlingUnit(p, level, day, r);
    double progress = (day.toEpochDay() - first.toEpochDay()) / (double) (days.size() + 1);
    // Online share: about 55 % at the start of the span, above 90 % at its end for full online
    // services (provincial portal figures:
    // Quảng Ninh 92.8 % in 2025), only where the procedure is offered online.
    double onlineShare =
        p.online().equals("NONE")
            ? 0
            : (p.online().equals("FULL") ? 1.0 : 0.85) * (0.55 + 0.42 * progress);
    boolean online = r.nextDouble() < onlineShare;
    String channel = online ? "ONLINE" : r.nextDouble() < 0.04 ? "POSTAL" : "DIRECT";
    LocalDateTime receivedLocal = receiptTime(day, online, r);
    Instant receivedAt = receivedLocal.atZone(ZONE).toInstant();
    if (receivedAt.isAfter(now.minusSeconds(600))) {
      receivedAt = now.minusSeconds(600 + r.nextInt(3600));
      receivedLocal = LocalDateTime.ofInstant(receivedAt, ZONE);
    }
    String receiving =
        level == Level.PROVINCE && r.nextDouble() < 0.7 ? Province.SERVICE_CENTRE : handling.code();
    String code =
        "G" + handling.code() + "-" + YYMMDD.format(receivedLocal) + "-" + Long.toString(i, 36);
    List<Event> events =
        mode == Mode.OPEN
            ? List.of()
            : new Lifecycle(p, handling, receivedLocal, receivedAt, r).events();
    return new Item(
        code, p.code(), handling.code(), receiving, channel, receivedAt, applicant(p, r), events);
  }

  /** Open dossiers for the scan bench: received over the last 30 days, nothing happened yet. */
  private LocalDate openDay(SplittableRandom r) {
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    return today.minusDays(r.nextInt(openDays));
  }

  private Unit handlingUnit(Procedure p, Level level, LocalDate day, SplittableRandom r) {
    switch (level) {
      case PROVINCE:
        return province.unit(p.field().department());
      case DISTRICT:
        return weighted(province.districts, r);
      default:
        return weighted(
            day.isBefore(Province.REORGANISED) ? province.oldCommunes : province.newCommunes, r);
    }
  }

  private static Unit weighted(List<Unit> units, SplittableRandom r) {
    double total = 0;
    for (Unit u : units) {
      total += u.weight();
    }
    double x = r.nextDouble() * total;
    for (Unit u : units) {
      x -= u.weight();
      if (x <= 0) {
        return u;
      }
    }
    return units.get(units.size() - 1);
  }

  private LocalDateTime receiptTime(LocalDate day, boolean online, SplittableRandom r) {
    if (online && (r.nextDouble() < 0.25 || !calendar.isWorkingDay(day))) {
      return day.atTime(6 + r.nextInt(17), r.nextInt(60), r.nextInt(60));
    }
    // Desk hours 07:30-11:30 and 13:30-17:00.
    int minute = r.nextInt(450);
    LocalTime t =
        minute < 240
            ? LocalTime.of(7, 30).plusMinutes(minute)
            : LocalTime.of(13, 30).plusMinutes(minute - 240);
    return day.atTime(t.withSecond(r.nextInt(60)));
  }

  private Applicant applicant(Procedure p, SplittableRandom r) {
    String f = p.field().code();
    boolean organisation =
        (f.equals("dau-tu") || f.equals("kinh-doanh") && p.home() == Level.PROVINCE)
            || (f.equals("xay-dung") || f.equals("tai-nguyen-moi-truong")) && r.nextDouble() < 0.5;
    if (organisation) {
      return new Applicant(
          "ORGANISATION",
          "Công ty TNHH " + Names.company(r),
          String.format("57%08d", r.nextInt(100_000_000)));
    }
    return new Applicant(
        "CITIZEN", Names.person(r), String.format("0220%08d", r.nextInt(100_000_000)));
  }

  /** Plans one dossier's events in working-day offsets from its clock start, then dates them. */
  private final class Lifecycle {
    private final Procedure p;
    private final Field field;
    private final Unit handling;
    private final SplittableRandom r;
    private final List<Event> events = new ArrayList<>();
    private Instant last;
    private LocalDate start;

    Lifecycle(
        Procedure p,
        Unit handling,
        LocalDateTime receivedLocal,
        Instant receivedAt,
        SplittableRandom r) {
      this.p = p;
      this.field = p.field();
      this.handling = handling;
      this.r = r;
      this.last = receivedAt;
      this.start = calendar.effectiveReceiptDate(receivedLocal, p.cutoff());
      plan();
    }

    List<Event> events() {
      List<Event> cut = new ArrayList<>();
      for (Event e : events) {
        if (e.at().isAfter(now.minusSeconds(60))) {
          break; // has not happened yet
        }
        cut.add(e);
      }
      return cut;
    }

    private void plan() {
      int t = p.days();
      double u = r.nextDouble();
      boolean crossing = handling.validTo() != null && dayAt(t + 45).isAfter(handling.validTo());
      if (crossing) {
        plainAcrossReorganisation(t);
        return;
      }
      if (u < 0.012) {
        close("WITHDRAWN", "Công dân đề nghị rút hồ sơ", t);
        return;
      }
      if (u < 0.02) {
        close("REJECTED", "Hồ sơ không đủ điều kiện giải quyết", t);
        return;
      }
      if (t >= 1 && r.nextDouble() < field.supplement()) {
        int ask = 1 + r.nextInt(3) + (r.nextDouble() < 0.1 ? 2 : 0);
        int back = ask + 1 + r.nextInt(8);
        add(
            dayAt(ask),
            "SUPPLEMENT_REQUESTED",
            null,
            null,
            "Hồ sơ thiếu giấy tờ, đề nghị bổ sung",
            null,
            null);
        if (r.nextDouble() < 0.05) {
          add(
              dayAt(back + 10),
              "WITHDRAWN",
              null,
              null,
              "Không bổ sung hồ sơ trong thời hạn",
              null,
              null);
          return;
        }
        add(dayAt(back), "SUPPLEMENT_RECEIVED", null, null, null, null, null);
        start = dayAt(back); // Decree 61/2018 art. 19(4): counted again from zero
      }
      boolean late = r.nextDouble() < field.late();
      int pause = t >= 5 && r.nextDouble() < field.suspension() ? 2 + r.nextInt(12) : 0;
      int due = t + pause;
      int resolve;
      if (late) {
        resolve = due + 1 + (int) Math.min(25, Math.floor(-Math.log(1 - r.nextDouble()) * 4));
      } else if (t == 0 || r.nextDouble() < 0.4) {
        resolve = due;
      } else {
        int earliest = pause > 0 ? Math.min(due - 1, 2 + pause + 1) : 1;
        resolve = earliest + r.nextInt(Math.max(1, due - earliest));
        resolve = Math.min(resolve, due);
      }
      boolean transfer = t >= 4 && resolve >= 4 && r.nextDouble() < field.transfer();
      int out = transfer ? Math.max(1, (int) Math.round(resolve * 0.25)) : -1;
      int back = transfer ? Math.max(out + 1, (int) Math.round(resolve * 0.75)) : -1;
      if (transfer && back >= resolve) {
        transfer = false;
      }
      int suspendAt = -1;
      if (pause > 0) {
        int lo = transfer ? out : 1;
        int hi = (transfer ? back : resolve) - pause - 1;
        if (hi >= lo) {
          suspendAt = lo + r.nextInt(hi - lo + 1);
        } else {
          pause = 0; // no room: this one was not suspended
          due = t;
          if (!late) {
            resolve = Math.min(resolve, due);
          }
        }
      }
      if (transfer) {
        Unit partner = partner(dayAt(out));
        BigDecimal allotment = halves(t * 0.5);
        add(dayAt(out), "TRANSFERRED", partner.code(), allotment, null, null, null);
      }
      if (suspendAt >= 0) {
        add(
            dayAt(suspendAt),
            "SUSPENDED",
            null,
            null,
            "Chờ thực hiện nghĩa vụ tài chính",
            null,
            null);
        add(dayAt(suspendAt + pause), "RESUMED", null, null, null, null, null);
      }
      if (transfer) {
        add(
            dayAt(back),
            "TRANSFERRED",
            handling.code(),
            halves(Math.max(1, t * 0.25)),
            null,
            null,
            null);
      }
      if (late && due >= 2 && r.nextDouble() < 0.5) {
        LocalDate appointment = dayAt(resolve + r.nextInt(2));
        add(
            dayAt(due - 1),
            "REAPPOINTED",
            null,
            null,
            "Cần thêm thời gian xác minh",
            appointment,
            null);
      }
      resolveAndReturn(resolve);
    }

    private void resolveAndReturn(int offset) {
      add(
          dayAt(offset),
          "RESOLVED",
          null,
          null,
          null,
          null,
          r.nextDouble() < 0.97 ? "APPROVED" : "DENIED");
      if (r.nextDouble() < 0.85) {
        add(dayAt(offset + r.nextInt(4)), "RETURNED", null, null, null, null, null);
      }
    }

    /**
     * A dossier of a district or an old commune still open on 2025-07-01 passes to a new commune
     * (Decree 140/2025 art. 32(2)); its plan is kept simple around the change.
     */
    private void plainAcrossReorganisation(int t) {
      boolean late = r.nextDouble() < field.late();
      int resolve =
          late
              ? t + 1 + r.nextInt(8)
              : Math.max(t == 0 ? 0 : 1, t - r.nextInt(Math.max(1, t / 2 + 1)));
      LocalDate handover = calendar.addWorkingDays(Province.LAST_DISTRICT_DAY, BigDecimal.ONE);
      if (!dayAt(resolve).isAfter(Province.LAST_DISTRICT_DAY)) {
        resolveAndReturn(resolve);
        return;
      }
      Unit successor = successor();
      int remaining = Math.max(1, t - calendar.countWorkingDays(start, handover));
      add(
          handover,
          "TRANSFERRED",
          successor.code(),
          BigDecimal.valueOf(remaining),
          null,
          null,
          null);
      resolveAndReturn(resolve);
    }

    private Unit successor() {
      if (handling.successor() != null) {
        return province.unit(handling.successor());
      }
      List<Unit> candidates = province.newCommunesOfDistrict.get(handling.code());
      return candidates.get(r.nextInt(candidates.size()));
    }

    private void close(String type, String reason, int t) {
      int at = 1 + r.nextInt(Math.max(1, t));
      add(dayAt(at), type, null, null, reason, null, null);
    }

    /**
     * Who takes part in a liên thông step: land goes to a registration office, the rest to a
     * department.
     */
    private Unit partner(LocalDate on) {
      if (field.code().equals("dat-dai")) {
        if (handling.kind().equals("DEPARTMENT")) {
          return province.unit(Province.PROVINCE_LAND_OFFICE);
        }
        if (on.isBefore(Province.REORGANISED)) {
          String district =
              handling.kind().equals("DISTRICT") ? handling.code() : handling.parent();
          return province.districtBranch.get(district);
        }
        return province.regionalBranches.get(Math.floorMod(handling.code().hashCode(), 6));
      }
      if (r.nextDouble() < 0.3) {
        return province.unit(Province.TAX);
      }
      List<Unit> ds = province.departments;
      Unit d = ds.get(r.nextInt(ds.size()));
      return d.code().equals(handling.code()) ? ds.get((ds.indexOf(d) + 1) % ds.size()) : d;
    }

    private LocalDate dayAt(int offset) {
      return offset <= 0
          ? (calendar.isWorkingDay(start) || p.cutoff() == null
              ? start
              : calendar.nextWorkingDay(start))
          : calendar.addWorkingDays(start, BigDecimal.valueOf(offset));
    }

    /** Adds an event on {@code day} during office hours, never before the previous one. */
    private void add(
        LocalDate day,
        String type,
        String to,
        BigDecimal allotment,
        String reason,
        LocalDate appointment,
        String outcome) {
      LocalDateTime at = day.atTime(8, 0).plusMinutes(r.nextInt(540));
      Instant instant = at.atZone(ZONE).toInstant();
      if (!instant.isAfter(last)) {
        instant = last.plusSeconds(60 + r.nextInt(1800));
      }
      last = instant;
      events.add(new Event(type, instant, to, allotment, reason, appointment, outcome));
    }
  }

  private static BigDecimal halves(double days) {
    return BigDecimal.valueOf(Math.max(0.5, Math.round(days * 2) / 2.0))
        .setScale(1, RoundingMode.UNNECESSARY);
  }

  static OffsetDateTime local(Instant instant) {
    return instant.atOffset(OFFSET);
  }

  private static LocalDate pick(List<LocalDate> values, double[] cumulative, SplittableRandom r) {
    return values.get(pickIndex(cumulative, r));
  }

  private static int pickIndex(double[] cumulative, SplittableRandom r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int i = java.util.Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }

  static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
