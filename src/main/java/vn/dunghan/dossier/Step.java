package vn.dunghan.dossier;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

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
