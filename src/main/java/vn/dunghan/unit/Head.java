package vn.dunghan.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The head of a unit: the person escalations are addressed to (Decree 61/2018 art. 9, 32). */
@Embeddable
public class Head {

  @Column(name = "head_name")
  String name;

  @Column(name = "head_title")
  String title;

  @Column(name = "head_email")
  String email;

  @Column(name = "head_phone")
  String phone;

  protected Head() {}

  public Head(String name, String title, String email, String phone) {
    this.name = name;
    this.title = title;
    this.email = email;
    this.phone = phone;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public String toString() {
    return "Head[title=" + title + "]";
  }
}
