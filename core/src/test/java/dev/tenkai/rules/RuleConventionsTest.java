package dev.tenkai.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape every built-in rule keeps: self-described, final, pure, registered. */
class RuleConventionsTest {
  private static JavaClasses rules;

  @BeforeAll
  static void importRules() {
    rules = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.tenkai.rules");
  }

  @Test
  void everyRuleDescribesItselfAndIsFinal() {
    classes().that().implement(Rule.class)
        .should().beAnnotatedWith(RuleInfo.class)
        .andShould().haveModifier(JavaModifier.FINAL)
        .andShould().bePublic()
        .check(rules);
  }

  @Test
  void rulesArePure() {
    noClasses().that().resideInAnyPackage("dev.tenkai.rules.*")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
            "software.amazon..", "dev.tenkai.json..", "dev.tenkai.report..")
        .check(rules);
  }

  @Test
  void everyRuleClassIsInTheDefaultPack() {
    Set<String> declared = rules.stream()
        .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface())
        .map(JavaClass::getName)
        .collect(Collectors.toSet());
    Set<String> registered = BuiltInRules.all().rules().stream()
        .map(r -> r.getClass().getName())
        .collect(Collectors.toSet());
    assertThat(registered).isEqualTo(declared);
  }
}
