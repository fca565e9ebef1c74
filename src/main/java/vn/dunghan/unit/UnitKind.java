package vn.dunghan.unit;

/**
 * What an administrative unit is. Territorial units (province, district, commune) carry GSO codes;
 * departments (sở, phòng) and central branches in the province (chi nhánh, cục) carry agency codes.
 */
public enum UnitKind {
  PROVINCE,
  DISTRICT,
  COMMUNE,
  DEPARTMENT,
  BRANCH;

  public boolean territorial() {
    return this == PROVINCE || this == DISTRICT || this == COMMUNE;
  }
}
