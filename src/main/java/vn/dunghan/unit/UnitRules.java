package vn.dunghan.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dunghan.shared.problem.Violations;

/**
 * The rules a unit definition must satisfy within the hierarchy. Plain Java: the service resolves
 * codes to units and hands them here.
 */
final class UnitRules {

  /**
   * District-level units end on 2025-06-30: two-tier local government from 1 July 2025 (Politburo
   * conclusion; Law on Organisation of Local Government 2025).
   */
  static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private UnitRules() {}

  /** The kinds of unit a unit of {@code kind} may sit under. */
  static Set<UnitKind> allowedParents(UnitKind kind) {
    switch (kind) {
      case PROVINCE:
        return EnumSet.noneOf(UnitKind.class);
      case DISTRICT:
        return EnumSet.of(UnitKind.PROVINCE);
      case COMMUNE:
        return EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT);
      default:
        return EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT);
    }
  }

  /** Territorial units have their own level; departments and branches take their parent's. */
  static Level levelOf(UnitKind kind, AdministrativeUnit parent) {
    switch (kind) {
      case DISTRICT:
        return Level.DISTRICT;
      case COMMUNE:
        return Level.COMMUNE;
      case PROVINCE:
        return Level.PROVINCE;
      default:
        return parent == null ? Level.PROVINCE : parent.level();
    }
  }

  /**
   * Checks {@code definition} for the unit {@code self} (null when it is being created) and returns
   * every violation found, each naming the request field at fault.
   */
  static Violations check(
      AdministrativeUnit self,
      UnitDefinition definition,
      Level requestedLevel,
      List<AdministrativeUnit> children) {
    Violations violations = new Violations();
    UnitKind kind = definition.kind();
    LocalDate from = definition.validFrom();
    LocalDate to = definition.validTo();
    if (to != null && to.isBefore(from)) {
      violations.add("validTo", "must not be before validFrom " + DAY.format(from));
    }
    if (kind == UnitKind.DISTRICT) {
      checkDistrictDates(from, to, violations);
    }
    checkParent(self, definition, violations);
    Level derived = levelOf(kind, definition.parent());
    if (requestedLevel != null && requestedLevel != derived) {
      violations.add(
          "level", "a " + kind + " here is at level " + derived + ", not " + requestedLevel);
    }
    checkSuccessor(self, definition, violations);
    for (AdministrativeUnit child : children) {
      checkChild(child, definition, violations);
    }
    return violations;
  }

  private static void checkDistrictDates(LocalDate from, LocalDate to, Violations violations) {
    if (!from.isBefore(DISTRICTS_ABOLISHED)) {
      violations.add("validFrom", "no district-level unit exists on or after 2025-07-01");
    }
    if (to == null || !to.isBefore(DISTRICTS_ABOLISHED)) {
      violations.add("validTo", "a district-level unit must end by 2025-06-30");
    }
  }

  private static void checkParent(
      AdministrativeUnit self, UnitDefinition definition, Violations violations) {
    AdministrativeUnit parent = definition.parent();
    UnitKind kind = definition.kind();
    if (parent == null) {
      if (kind != UnitKind.PROVINCE) {
        violations.add("parentCode", "a " + kind + " needs a parent unit");
      }
      return;
    }
    if (self != null && isAncestorOrSelf(self, parent)) {
      violations.add(
          "parentCode", "'" + parent.code() + "' lies below " + self.code() + ": that is a cycle");
      return;
    }
    if (!allowedParents(kind).contains(parent.kind())) {
      violations.add(
          "parentCode",
          kind == UnitKind.PROVINCE
              ? "a province has no parent unit"
              : "a " + kind + " cannot sit under a " + parent.kind() + " (" + parent.code() + ")");
      return;
    }
    if (!within(definition.validFrom(), definition.validTo(), parent)) {
      violations.add(
          definition.validFrom().isBefore(parent.validFrom()) ? "validFrom" : "validTo",
          "the validity overlaps a time when parent "
              + parent.code()
              + " does not exist ("
              + span(parent.validFrom(), parent.validTo())
              + ")");
    }
  }

  private static void checkSuccessor(
      AdministrativeUnit self, UnitDefinition definition, Violations violations) {
    AdministrativeUnit successor = definition.successor();
    if (successor == null) {
      return;
    }
    if (self != null && successor.id().equals(self.id())) {
      violations.add("successorCode", "a unit cannot succeed itself");
      return;
    }
    if (definition.validTo() == null) {
      violations.add("successorCode", "a successor needs validTo: the day the unit ends");
      return;
    }
    LocalDate takeover = definition.validTo().plusDays(1);
    if (!successor.validOn(takeover)) {
      violations.add(
          "successorCode",
          successor.code()
              + " is not valid on "
              + DAY.format(takeover)
              + ", the day after this unit ends ("
              + span(successor.validFrom(), successor.validTo())
              + ")");
    }
  }

  private static void checkChild(
      AdministrativeUnit child, UnitDefinition definition, Violations violations) {
    if (!allowedParents(child.kind()).contains(definition.kind())) {
      violations.add(
          "kind",
          "child "
              + child.code()
              + " ("
              + child.kind()
              + ") cannot sit under a "
              + definition.kind());
    }
    boolean startsTooLate = child.validFrom().isBefore(definition.validFrom());
    if (startsTooLate || !within(child.validFrom(), child.validTo(), definition)) {
      violations.add(
          startsTooLate ? "validFrom" : "validTo",
          "child "
              + child.code()
              + " exists "
              + span(child.validFrom(), child.validTo())
              + ", outside the new validity");
    }
  }

  private static boolean isAncestorOrSelf(AdministrativeUnit self, AdministrativeUnit candidate) {
    for (AdministrativeUnit u = candidate; u != null; u = u.parent()) {
      if (u.id().equals(self.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(LocalDate from, LocalDate to, AdministrativeUnit outer) {
    return within(from, to, outer.validFrom(), outer.validTo());
  }

  private static boolean within(LocalDate from, LocalDate to, UnitDefinition outer) {
    return within(from, to, outer.validFrom(), outer.validTo());
  }

  private static boolean within(
      LocalDate from, LocalDate to, LocalDate outerFrom, LocalDate outerTo) {
    if (from.isBefore(outerFrom)) {
      return false;
    }
    return outerTo == null || (to != null && !to.isAfter(outerTo));
  }

  private static String span(LocalDate from, LocalDate to) {
    return DAY.format(from) + " to " + (to == null ? "onwards" : DAY.format(to));
  }
}
