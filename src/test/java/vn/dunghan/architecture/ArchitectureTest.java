package vn.dunghan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the house (docs/development.md), checked on the compiled classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dunghan");
  }

  @Test
  void calendarArithmeticAndPoliciesStayFreeOfFrameworks() {
    noClasses()
        .that()
        .resideInAPackage("vn.dunghan.calendar")
        .or()
        .haveSimpleNameEndingWith("Policy")
        .or()
        .haveSimpleNameEndingWith("Rules")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "io.quarkus.hibernate.orm.panache..",
            "jakarta.persistence..",
            "jakarta.enterprise..",
            "io.quarkus..")
        .because("rules that read like regulation are plain Java, testable without a server")
        .check(classes);
  }

  @Test
  void resourcesCallServicesNotRepositories() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .because("resources are thin: a service owns the transaction and the rules")
        .check(classes);
  }

  @Test
  void resourcesDoNotOpenTransactions() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Resource")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.transaction.Transactional")
        .check(classes);
  }

  /**
   * The domains form floors: each may use the ones below it, none the ones above. A cycle between
   * two domains (such as sla and notify when the jobs lived in notify, or access and unit over the
   * roles) means neither can be understood, tested or changed alone.
   */
  @Test
  void domainsAreFreeOfCycles() {
    slices().matching("vn.dunghan.(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * The settlement path publishes and never calls upward: a dossier change is written with its SLA
   * ledger and notices through sla, and the report counters observe {@code DossiersSettled}. So
   * intake never waits on reporting, and never calls a sender.
   */
  @Test
  void dossiersNeverReachUpIntoReportsNotificationsOrPages() {
    noClasses()
        .that()
        .resideInAPackage("vn.dunghan.dossier..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.dunghan.report..",
            "vn.dunghan.notify..",
            "vn.dunghan.jobs..",
            "vn.dunghan.dashboard..")
        .check(classes);
  }

  /** The floors below the dossier know nothing of it or of what is built on it. */
  @Test
  void slaAndNotificationsStayBelowDossiers() {
    noClasses()
        .that()
        .resideInAnyPackage("vn.dunghan.sla..", "vn.dunghan.notify..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.dunghan.dossier..",
            "vn.dunghan.report..",
            "vn.dunghan.jobs..",
            "vn.dunghan.dashboard..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("vn.dunghan.notify..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.dunghan.sla..")
        .because("the SLA side decides escalations and writes notices through notify's outbox")
        .check(classes);
  }

  @Test
  void packagesAreByDomainNotByLayer() {
    noClasses()
        .should()
        .resideInAnyPackage("..rest..", "..service..", "..model..", "..controller..")
        .check(classes);
  }

  @Test
  void onlySharedReadsTheSystemClock() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.dunghan.shared..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.OffsetDateTime.class, "now")
        .check(classes);
  }
}
