package org.singlepassword.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hexagon's rules, checked on the compiled main code of every module. Maven's module boundaries
 * already forbid most wrong dependencies; these rules also hold inside a module and name the
 * mistake when one slips in.
 */
class ArchitectureTest {

  private static final String ROOT = "org.singlepassword";
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!.*");
  private static final String DOMAIN = ROOT + ".domain..";
  private static final String APPLICATION = ROOT + ".application..";
  private static final String SERVICES = ROOT + ".application.service..";
  private static final String WEB = ROOT + ".adapters.web..";
  private static final String PERSISTENCE = ROOT + ".adapters.persistence..";
  private static final String ARGON2 = ROOT + ".adapters.argon2..";
  private static final String MAIL = ROOT + ".adapters.mail..";
  private static final String BOOTSTRAP = ROOT + ".bootstrap..";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The persistence tests' jar (its embedded PostgreSQL) is on this classpath too.
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages(ROOT);
  }

  static Stream<String> packagesTheRulesName() {
    return Stream.of(DOMAIN, APPLICATION, SERVICES, WEB, PERSISTENCE, ARGON2, MAIL, BOOTSTRAP);
  }

  @ParameterizedTest
  @MethodSource("packagesTheRulesName")
  void everyPackageARuleNamesHasClasses(String packagePattern) {
    String prefix = packagePattern.substring(0, packagePattern.length() - 2);
    assertFalse(
        main.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith(prefix)),
        "a rule on an empty package checks nothing: " + packagePattern);
  }

  @Test
  void theDomainDependsOnItselfAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..")
        .check(main);
  }

  @Test
  void layersDependInwardOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Domain")
        .definedBy(DOMAIN)
        .layer("Application")
        .definedBy(APPLICATION)
        .layer("Web")
        .definedBy(WEB)
        .layer("Persistence")
        .definedBy(PERSISTENCE)
        .layer("Argon2")
        .definedBy(ARGON2)
        .layer("Mail")
        .definedBy(MAIL)
        .layer("Bootstrap")
        .definedBy(BOOTSTRAP)
        .whereLayer("Bootstrap")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Web")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Persistence")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Argon2")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Mail")
        .mayOnlyBeAccessedByLayers("Bootstrap")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Web", "Persistence", "Argon2", "Mail", "Bootstrap")
        .check(main);
  }

  @Test
  void adaptersNeverTouchTheUseCaseImplementations() {
    noClasses()
        .that()
        .resideInAnyPackage(WEB, PERSISTENCE, ARGON2, MAIL)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(SERVICES)
        .check(main);
  }

  @Test
  void theApplicationUsesNoFrameworkOrDriver() {
    classes()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
        .check(main);
  }

  @Test
  void theDomainNeverReadsTheClock() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN, APPLICATION)
        .should()
        .callMethod(Instant.class, "now")
        .check(main);
  }

  @Test
  void onlyBootstrapKnowsGuice() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BOOTSTRAP)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
        .check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
  }
}
