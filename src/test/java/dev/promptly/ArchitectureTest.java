package dev.promptly;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of docs/architecture.md true: a JavaFX-free core, features that do not know the store. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.promptly");
    }

    @Test
    void onlyTheUiTouchesTheToolkit() {
        noClasses().that().resideOutsideOfPackages("dev.promptly.ui..")
                .and().doNotHaveFullyQualifiedName("dev.promptly.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp.ikonli..", "dev.promptly.ui..")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnTheStoreOrTheFrontEnds() {
        noClasses().that().resideInAnyPackage("dev.promptly.common..", "dev.promptly.sla..", "dev.promptly.people..",
                        "dev.promptly.items..", "dev.promptly.demo..", "dev.promptly.reports..",
                        "dev.promptly.board..", "dev.promptly.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.promptly.store..", "dev.promptly.cli..",
                        "dev.promptly.ui..", "java.sql..")
                .check(classes);
    }

    @Test
    void theFrontEndsGoThroughTheServicesNotTheStore() {
        noClasses().that().resideInAnyPackage("dev.promptly.ui..", "dev.promptly.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.promptly.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.promptly.store..")
                .check(classes);
    }

    @Test
    void theSlaRulesArePure() {
        noClasses().that().resideInAPackage("dev.promptly.sla..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.promptly.items..", "dev.promptly.people..",
                        "java.io..", "java.nio..")
                .check(classes);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.promptly.(*)..").should().beFreeOfCycles().check(classes);
    }
}
