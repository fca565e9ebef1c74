package vn.dunghan.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The applicant's personal data, kept apart from the dossier row that lists and reports read, so
 * that only the single-dossier view can reach it (and mask it).
 */
@Entity
@Table(name = "dossier_applicant")
public class Applicant {

  @Id Long dossierId;

  String kind;

  String name;

  String idNumber;

  protected Applicant() {}

  Applicant(Long dossierId, String kind, String name, String idNumber) {
    this.dossierId = dossierId;
    this.kind = kind;
    this.name = name;
    this.idNumber = idNumber;
  }

  @Override
  public String toString() {
    return "Applicant[" + kind + "]";
  }
}
