package vn.dunghan.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One step of a procedure's internal process (quy trình nội bộ) with its share of the prescribed
 * time in (half) working days; a return step may be allotted zero ("không tính thời gian").
 */
@Embeddable
public class ProcedureStep {

  @Column(name = "name")
  String name;

  @Column(name = "allotment")
  BigDecimal allotment;

  protected ProcedureStep() {}

  public ProcedureStep(String name, BigDecimal allotment) {
    this.name = name;
    this.allotment = allotment;
  }

  public String name() {
    return name;
  }

  public BigDecimal allotment() {
    return allotment;
  }
}
