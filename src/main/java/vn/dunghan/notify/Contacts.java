package vn.dunghan.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dunghan.unit.UnitDirectory;
import vn.dunghan.unit.UnitFacts;

/** The holding unit and its ancestors as they stand on a day: the escalation chain. */
@ApplicationScoped
public class Contacts {

  private final UnitDirectory units;

  Contacts(UnitDirectory units) {
    this.units = units;
  }

  public List<UnitContact> chain(String unitCode, LocalDate on) {
    List<UnitContact> chain = new ArrayList<>();
    for (UnitFacts u : units.withAncestors(unitCode)) {
      if (u.validOn(on) || chain.isEmpty()) {
        chain.add(contact(u));
      }
    }
    return chain;
  }

  private static UnitContact contact(UnitFacts u) {
    return new UnitContact(
        u.code(),
        u.name(),
        u.head() == null ? null : u.head().name(),
        u.head() == null ? null : u.head().email(),
        u.webhookUrl());
  }
}
