package vn.dunghan.unit;

/**
 * An officer of a unit (cán bộ, công chức), known by the subject of their token: who may be put on
 * a dossier's step ({@code ASSIGNED}) and answers for its days.
 */
public record StaffMember(
    String subject, String unitCode, String name, String title, String email, boolean active) {}
