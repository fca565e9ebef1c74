package vn.dunghan.procedure;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.dunghan.shared.Numbers;
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
    boolean eligibleFullOnline,
    boolean paperResult,
    boolean feeBearing,
    boolean citizenFacing,
    boolean populationDbConnected,
    boolean demo,
    long version) {

  static ProcedureView of(Procedure p) {
    return new ProcedureView(
        p.code(),
        p.name(),
        p.field().code(),
        new TreeSet<>(p.levels()),
        new ProcedureRequest.ProcessingTime(
            Numbers.plain(p.processingAmount()), p.processingUnit()),
        p.sameDayCutoff(),
        p.onlineService(),
        p.steps().stream()
            .map(s -> new ProcedureRequest.Step(s.name(), Numbers.plain(s.allotment())))
            .toList(),
        p.indexFlags().eligibleFullOnline(),
        p.indexFlags().paperResult(),
        p.indexFlags().feeBearing(),
        p.indexFlags().citizenFacing(),
        p.indexFlags().populationDbConnected(),
        p.demo(),
        p.version());
  }
}
