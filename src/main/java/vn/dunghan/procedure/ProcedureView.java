package vn.dunghan.procedure;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.dunghan.unit.Level;

/** A procedure as the API shows it. */
public record ProcedureView(
    String code,
    String name,
    String fieldCode,
    Set<Level> levels,
    ProcedureRequest.ProcessingTime processingTime,
    LocalTime sameDayCutoff,
    OnlineService onlineService,
    List<ProcedureRequest.Step> steps,
    boolean demo,
    long version) {

  static ProcedureView of(Procedure p) {
    return new ProcedureView(
        p.code(),
        p.name(),
        p.field().code(),
        new TreeSet<>(p.levels()),
        new ProcedureRequest.ProcessingTime(plain(p.processingAmount()), p.processingUnit()),
        p.sameDayCutoff(),
        p.onlineService(),
        p.steps().stream()
            .map(s -> new ProcedureRequest.Step(s.name(), plain(s.allotment())))
            .toList(),
        p.demo(),
        p.version());
  }

  /** 10.0 as 10 and 0.50 as 0.5, never 1E+1. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
