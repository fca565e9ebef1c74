package vn.dunghan.procedure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A field (lĩnh vực) of procedures: đất đai, xây dựng, hộ tịch, ... */
@Entity
@Table(name = "field")
public class Field {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String code;

  String name;

  boolean demo;

  @Version long version;

  Instant createdAt;

  Instant updatedAt;

  protected Field() {}

  Field(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
  }

  void define(String name, boolean demo, Instant now) {
    this.name = name;
    this.demo = demo;
    this.updatedAt = now;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }
}
