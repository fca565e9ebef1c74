package vn.dunghan.procedure;

import java.math.BigDecimal;
import java.util.List;
import vn.dunghan.calendar.WorkingCalendar;
import vn.dunghan.shared.problem.Violations;

/**
 * What a procedure definition must satisfy beyond field formats. Provinces split the prescribed
 * time into steps of (fractions of) working days in their internal process (e.g. Cao Bằng QĐ
 * 2022/QĐ-UBND, procedure 1.001806: 0.5 + 0.5 + 7 + 0.5 + 1 + 0.5 = 10), and for inter-agency
 * dossiers each agency's deadline must be stated (Decree 61/2018 art. 19(6)): the steps must
 * therefore add up to the whole prescribed time.
 */
final class ProcedureRules {

  static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

  private ProcedureRules() {}

  static Violations check(ProcedureRequest request) {
    Violations violations = new Violations();
    ProcedureRequest.ProcessingTime time = request.processingTime();
    if (time.unit() == ProcessingUnit.WORKING_DAYS
        && !WorkingCalendar.isWholeOrHalf(time.amount())) {
      violations.add("processingTime.amount", "working days must be whole or half days");
    }
    if (time.unit() == ProcessingUnit.WORKING_HOURS
        && time.amount().compareTo(BigDecimal.ZERO) == 0) {
      violations.add("processingTime.amount", "a time in working hours must be more than 0");
    }
    List<ProcedureRequest.Step> steps = request.steps();
    if (steps == null || steps.isEmpty()) {
      return violations;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      BigDecimal allotment = steps.get(i).allotment();
      if (!WorkingCalendar.isWholeOrHalf(allotment)) {
        violations.add("steps[" + i + "].allotment", "must be whole or half working days");
      }
      sum = sum.add(allotment);
    }
    BigDecimal totalDays = totalInWorkingDays(time);
    if (sum.compareTo(totalDays) != 0) {
      violations.add(
          "steps",
          "the allotments add up to "
              + sum.stripTrailingZeros().toPlainString()
              + " working days but the prescribed time is "
              + totalDays.stripTrailingZeros().toPlainString());
    }
    return violations;
  }

  static BigDecimal totalInWorkingDays(ProcedureRequest.ProcessingTime time) {
    return time.unit() == ProcessingUnit.WORKING_DAYS
        ? time.amount()
        : time.amount().divide(HOURS_PER_DAY, 4, java.math.RoundingMode.UNNECESSARY);
  }
}
