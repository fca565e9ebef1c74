package vn.dunghan.procedure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dunghan.unit.Level;

/** An administrative procedure (thủ tục hành chính) with its prescribed processing time. */
@Entity
@Table(name = "procedure")
public class Procedure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String code;

  String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "field_id")
  Field field;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "procedure_level", joinColumns = @JoinColumn(name = "procedure_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  Set<Level> levels = EnumSet.noneOf(Level.class);

  BigDecimal processingAmount;

  @Enumerated(EnumType.STRING)
  ProcessingUnit processingUnit;

  LocalTime sameDayCutoff;

  @Enumerated(EnumType.STRING)
  OnlineService onlineService;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "procedure_step", joinColumns = @JoinColumn(name = "procedure_id"))
  @OrderColumn(name = "ordinal")
  List<ProcedureStep> steps = new ArrayList<>();

  // Decision 766 (docs/indicators.md).
  boolean eligibleFullOnline;
  boolean paperResult;
  boolean feeBearing;
  boolean citizenFacing;
  boolean populationDbConnected;

  boolean demo;

  @Version long version;

  Instant createdAt;

  Instant updatedAt;

  protected Procedure() {}

  Procedure(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
  }

  void define(ProcedureRequest request, Field field, Instant now) {
    this.name = request.name().strip();
    this.field = field;
    this.levels.clear();
    this.levels.addAll(request.levels());
    this.processingAmount = request.processingTime().amount();
    this.processingUnit = request.processingTime().unit();
    this.sameDayCutoff = request.sameDayCutoff();
    this.onlineService = request.onlineService();
    this.steps.clear();
    if (request.steps() != null) {
      request.steps().forEach(s -> steps.add(new ProcedureStep(s.name().strip(), s.allotment())));
    }
    ProcedureRequest.IndexFlags flags = request.indexFlags();
    this.eligibleFullOnline = flags.eligibleFullOnline();
    this.paperResult = flags.paperResult();
    this.feeBearing = flags.feeBearing();
    this.citizenFacing = flags.citizenFacing();
    this.populationDbConnected = flags.populationDbConnected();
    this.demo = Boolean.TRUE.equals(request.demo());
    this.updatedAt = now;
  }

  public ProcedureRequest.IndexFlags indexFlags() {
    return new ProcedureRequest.IndexFlags(
        eligibleFullOnline, paperResult, feeBearing, citizenFacing, populationDbConnected);
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

  public Field field() {
    return field;
  }

  public Set<Level> levels() {
    return Set.copyOf(levels);
  }

  public boolean performedAt(Level level) {
    return levels.contains(level);
  }

  public BigDecimal processingAmount() {
    return processingAmount;
  }

  public ProcessingUnit processingUnit() {
    return processingUnit;
  }

  public LocalTime sameDayCutoff() {
    return sameDayCutoff;
  }

  public OnlineService onlineService() {
    return onlineService;
  }

  public List<ProcedureStep> steps() {
    return List.copyOf(steps);
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Procedure[" + code + "]";
  }
}
