package dev.tenkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core knows nothing of any cloud: no AWS type, and nothing from the modules built on it. */
class CoreIsProviderNeutralTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.tenkai");

  @Test
  void coreNeverSeesAnAwsType() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon..", "com.amazonaws..")
        .check(CORE);
  }

  @Test
  void coreDoesNotDependOnTheModulesBuiltOnIt() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.tenkai.dsl..", "dev.tenkai.aws..", "dev.tenkai.examples..", "dev.tenkai.cli..")
        .check(CORE);
  }
}
