package vn.dunghan.procedure;

/** A field as the API shows it. */
public record FieldView(String code, String name, boolean demo, long version) {

  static FieldView of(Field field) {
    return new FieldView(field.code(), field.name(), field.demo(), field.version());
  }
}
