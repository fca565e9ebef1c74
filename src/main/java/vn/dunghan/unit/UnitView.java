package vn.dunghan.unit;

import java.time.LocalDate;

/** A unit as the API shows it. */
public record UnitView(
    String code,
    String name,
    UnitKind kind,
    Level level,
    String parentCode,
    UnitRequest.HeadBody head,
    String webhookUrl,
    LocalDate validFrom,
    LocalDate validTo,
    String successorCode,
    String agencyId,
    boolean demo,
    long version) {

  static UnitView of(AdministrativeUnit unit) {
    return new UnitView(
        unit.code(),
        unit.name(),
        unit.kind(),
        unit.level(),
        unit.parent() == null ? null : unit.parent().code(),
        UnitRequest.HeadBody.of(unit.head()),
        unit.webhookUrl(),
        unit.validFrom(),
        unit.validTo(),
        unit.successor() == null ? null : unit.successor().code(),
        unit.agencyId(),
        unit.demo(),
        unit.version());
  }
}
