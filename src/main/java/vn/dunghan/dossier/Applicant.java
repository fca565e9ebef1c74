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

  String phone;

  String email;

  /** The applicant declined notices (at intake, or later from the lookup). */
  boolean noticesOptOut;

  protected Applicant() {}

  Applicant(Long dossierId, String kind, String name, String idNumber) {
    this(dossierId, kind, name, idNumber, null, null, false);
  }

  Applicant(
      Long dossierId,
      String kind,
      String name,
      String idNumber,
      String phone,
      String email,
      boolean noticesOptOut) {
    this.noticesOptOut = noticesOptOut;
    this.dossierId = dossierId;
    this.kind = kind;
    this.name = name;
    this.idNumber = idNumber;
    this.phone = phone;
    this.email = email;
  }

  /** The applicant of an intake or sync item: the name stripped, contacts as given. */
  static Applicant of(Long dossierId, ReceiveDossierRequest.ApplicantBody body) {
    return new Applicant(
        dossierId,
        body.kind().name(),
        body.name().strip(),
        body.idNumber(),
        body.phone(),
        body.email() == null ? null : body.email().strip(),
        Boolean.TRUE.equals(body.noticesOptOut()));
  }

  @Override
  public String toString() {
    return "Applicant[" + kind + "]";
  }
}
