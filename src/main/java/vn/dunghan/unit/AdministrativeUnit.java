package vn.dunghan.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrative unit as it was during [validFrom, validTo]. A reorganisation closes the unit
 * and names its successor instead of editing it, so dossiers keep the unit they were handled by.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  String code;

  String name;

  @Enumerated(EnumType.STRING)
  UnitKind kind;

  @Enumerated(EnumType.STRING)
  Level level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  AdministrativeUnit parent;

  String path;

  @Embedded Head head;

  String webhookUrl;

  LocalDate validFrom;

  LocalDate validTo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "successor_id")
  AdministrativeUnit successor;

  /** The agency's electronic identifier (Decision 20/2020/QĐ-TTg), by which the portal names it. */
  String agencyId;

  boolean demo;

  @Version long version;

  Instant createdAt;

  Instant updatedAt;

  protected AdministrativeUnit() {}

  AdministrativeUnit(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
  }

  /** Applies a validated definition; {@link UnitRules} has checked it against the hierarchy. */
  void define(UnitDefinition definition, Instant now) {
    this.name = definition.name();
    this.kind = definition.kind();
    this.level = definition.level();
    this.parent = definition.parent();
    this.head = definition.head();
    this.webhookUrl = definition.webhookUrl();
    this.validFrom = definition.validFrom();
    this.validTo = definition.validTo();
    this.successor = definition.successor();
    this.agencyId = definition.agencyId();
    this.demo = definition.demo();
    this.path = (parent == null ? "/" : parent.path) + code + "/";
    this.updatedAt = now;
  }

  /** Re-roots the path after an ancestor moved. */
  void rebasePath() {
    this.path = (parent == null ? "/" : parent.path) + code + "/";
  }

  /** Whether the unit exists on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitKind kind() {
    return kind;
  }

  public Level level() {
    return level;
  }

  public AdministrativeUnit parent() {
    return parent;
  }

  public String path() {
    return path;
  }

  public Head head() {
    return head;
  }

  /** Where escalations for this unit are also posted (signed JSON), if anywhere. */
  public String webhookUrl() {
    return webhookUrl;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public AdministrativeUnit successor() {
    return successor;
  }

  public String agencyId() {
    return agencyId;
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "AdministrativeUnit[" + code + "]";
  }
}
