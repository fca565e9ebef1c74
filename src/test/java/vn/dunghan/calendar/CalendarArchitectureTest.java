package vn.dunghan.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CalendarArchitectureTest {

  private final JavaClasses production =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dunghan.calendar");

  @Test
  void calendarCoreIsPlainJava() {
    // House style: calendar rules are a policy object with no JAX-RS, JPA, CDI or Quarkus, so they
    // can be tested and reused without booting anything.
    classes()
        .that()
        .resideInAPackage("vn.dunghan.calendar")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "vn.dunghan.calendar..")
        .check(production);
  }
}
