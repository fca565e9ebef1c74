package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dunghan.unit.AdministrativeUnit;
import vn.dunghan.unit.UnitService;

/** The holding unit and its ancestors as they stand on a day: the escalation chain. */
@ApplicationScoped
public class Contacts {

  private final UnitService units;

  Contacts(UnitService units) {
    this.units = units;
  }

  public List<UnitContact> chain(String unitCode, LocalDate on) {
    List<UnitContact> chain = new ArrayList<>();
    Optional<AdministrativeUnit> start = units.find(unitCode);
    for (AdministrativeUnit u = start.orElse(null); u != null; u = u.parent()) {
      if (u.validOn(on) || chain.isEmpty()) {
        chain.add(contact(u));
      }
    }
    return chain;
  }

  private static UnitContact contact(AdministrativeUnit u) {
    return new UnitContact(
        u.code(),
        u.name(),
        u.head() == null ? null : u.head().name(),
        u.head() == null ? null : u.head().email(),
        u.webhookUrl());
  }
}
