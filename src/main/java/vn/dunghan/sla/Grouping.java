package vn.dunghan.sla;

/** How SLA figures are grouped; each maps to the columns that key and name a group. */
public enum Grouping {
  LEVEL("c.level", "c.level"),
  FIELD("c.field_code", "f.name"),
  UNIT("c.unit_code", "u.name"),
  PROCEDURE("c.procedure_code", "p.name"),
  STEP("cast(c.ordinal as varchar)", "cast(c.ordinal as varchar)"),
  /** Attribution only: the officer who held the overrunning step (null: nobody was assigned). */
  OFFICER("c.officer", "c.officer_name");

  final String keyColumn;
  final String nameColumn;

  Grouping(String keyColumn, String nameColumn) {
    this.keyColumn = keyColumn;
    this.nameColumn = nameColumn;
  }
}
