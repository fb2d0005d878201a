package uk.scrutiny;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain's shape, checked on its compiled classes: packages named for domain concepts that
 * depend on each other one way only, and nothing from AWS. The build's enforcer rule keeps the
 * SDK off the class path; this keeps it out of the code even if it came in some other way.
 */
class ArchitectureTest {
    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.scrutiny");
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("uk.scrutiny.(*)..").should().beFreeOfCycles().check(domain);
    }

    @Test
    void domainNeverImportsAws() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(domain);
    }

    @Test
    void theDomainHasOnlyItsOwnPackages() {
        // A new package is a decision: name it for a domain concept and add it here.
        noClasses()
                .should()
                .resideOutsideOfPackages(
                        "uk.scrutiny.period..",
                        "uk.scrutiny.csv..",
                        "uk.scrutiny.validation..",
                        "uk.scrutiny.catalogue..",
                        "uk.scrutiny.returns..",
                        "uk.scrutiny.rating..",
                        "uk.scrutiny.publish..",
                        "uk.scrutiny.areas..",
                        "uk.scrutiny.commentary..")
                .check(domain);
    }
}
