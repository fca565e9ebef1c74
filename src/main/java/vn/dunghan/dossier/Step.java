package vn.dunghan.dossier;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit's share of an inter-agency (liên thông) dossier with its own deadline: Decree 61/2018
 * art. 19(6) requires each agency's task and deadline to be stated, and Circular 01/2018 art. 13
 * indicator 2 scores each agency against it. Derived from the history, never edited by hand.
 */
@Embeddable
public class Step {

  String unitCode;
  BigDecimal allotment;
  LocalDate startedOn;
  int pausedWorkingDays;
  LocalDate dueDate;
  LocalDate completedOn;
  Integer overrunWorkingDays;

  /** The officer holding the step now (their token's subject) and their name, if assigned. */
  String officer;

  String officerName;

  /** Who held the step from which day, in order: what the last replay saw of ASSIGNED events. */
  @jakarta.persistence.Transient private List<Holding> holdings = new ArrayList<>();

  /** An officer holding the step from {@code from} (inclusive) until the next holding. */
  record Holding(String officer, String name, LocalDate from) {}

  /** Working days of a step's overrun that one officer (null: nobody) answers for. */
  record Share(String officer, String name, int days) {}

  protected Step() {}

  Step(String unitCode, BigDecimal allotment, LocalDate startedOn) {
    this.unitCode = unitCode;
    this.allotment = allotment;
    this.startedOn = startedOn;
  }

  void schedule(DeadlineContext ctx) {
    dueDate = ctx.addWorkingDays(startedOn, allotment.add(BigDecimal.valueOf(pausedWorkingDays)));
  }

  void restart(LocalDate on, DeadlineContext ctx) {
    startedOn = on;
    pausedWorkingDays = 0;
    schedule(ctx);
  }

  void pause(int workingDays, DeadlineContext ctx) {
    pausedWorkingDays += workingDays;
    schedule(ctx);
  }

  void complete(LocalDate on, DeadlineContext ctx) {
    completedOn = on;
    overrunWorkingDays = Math.max(0, ctx.workingDaysBetween(dueDate, on));
  }

  /** Puts {@code subject} on the step from {@code on}; the same officer again changes nothing. */
  void assign(String subject, String name, LocalDate on) {
    if (subject.equals(officer)) {
      return;
    }
    holdings().add(new Holding(subject, name, on));
    officer = subject;
    officerName = name;
  }

  private List<Holding> holdings() {
    if (holdings == null) {
      holdings = new ArrayList<>();
    }
    if (holdings.isEmpty() && officer != null) {
      // Loaded without a replay: all that is known is who holds it now.
      holdings.add(new Holding(officer, officerName, startedOn));
    }
    return holdings;
  }

  /**
   * The working days in ({@code after}, {@code until}] split between the officers who held the step
   * on each of them (a day belongs to whoever held the step that day); unassigned days go to a
   * share with a null officer. Zero-day shares are left out.
   */
  List<Share> shares(LocalDate after, LocalDate until, DeadlineContext ctx) {
    List<Share> shares = new ArrayList<>();
    List<Holding> held = holdings();
    LocalDate segmentStart = startedOn;
    String who = null;
    String name = null;
    for (int i = 0; i <= held.size(); i++) {
      LocalDate next = i < held.size() ? held.get(i).from() : null;
      LocalDate segmentEnd = next == null ? until : next.minusDays(1);
      addShare(
          shares, who, name, max(after, segmentStart.minusDays(1)), min(until, segmentEnd), ctx);
      if (next != null) {
        who = held.get(i).officer();
        name = held.get(i).name();
        segmentStart = next;
      }
    }
    return shares;
  }

  /** The officer holding the step on {@code day}, or null. */
  Holding holderOn(LocalDate day) {
    Holding holder = null;
    for (Holding h : holdings()) {
      if (!h.from().isAfter(day)) {
        holder = h;
      }
    }
    return holder;
  }

  private static void addShare(
      List<Share> shares,
      String officer,
      String name,
      LocalDate after,
      LocalDate until,
      DeadlineContext ctx) {
    if (!until.isAfter(after)) {
      return;
    }
    int days = ctx.workingDaysBetween(after, until);
    if (days > 0) {
      shares.add(new Share(officer, name, days));
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  public String officer() {
    return officer;
  }

  public String officerName() {
    return officerName;
  }

  public boolean open() {
    return completedOn == null;
  }

  public String unitCode() {
    return unitCode;
  }

  public BigDecimal allotment() {
    return allotment;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public int pausedWorkingDays() {
    return pausedWorkingDays;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public Integer overrunWorkingDays() {
    return overrunWorkingDays;
  }
}
