package org.scorekit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package layering and house rules (STYLE.md) over every module's main classes. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Test classes come from test-classes folders and, in a packaged build, test jars.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.scorekit");
    }

    @Test
    void modulesAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("org.scorekit.checks..", "org.scorekit.linalg..",
                        "org.scorekit.random..", "org.scorekit.diffusion..", "org.scorekit.data..",
                        "org.scorekit.model..", "org.scorekit.train..", "org.scorekit.ntk..",
                        "org.scorekit.sample..", "org.scorekit.eval..", "org.scorekit.csv..",
                        "org.scorekit.convex..", "org.scorekit.nonconvex..")
                .layer("tabular").definedBy("org.scorekit.tabular..")
                .layer("experiment").definedBy("org.scorekit.experiment..")
                .layer("report").definedBy("org.scorekit.report..")
                .layer("cli").definedBy("org.scorekit.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("report", "cli")
                .whereLayer("tabular").mayOnlyBeAccessedByLayers("experiment", "report", "cli")
                .check(classes);
    }

    @Test
    void corePackagesFollowThePipelineOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("foundation").definedBy("org.scorekit.checks..", "org.scorekit.linalg..",
                        "org.scorekit.random..", "org.scorekit.csv..")
                .layer("process").definedBy("org.scorekit.diffusion..", "org.scorekit.data..")
                .layer("model").definedBy("org.scorekit.model..")
                .layer("learning").definedBy("org.scorekit.train..", "org.scorekit.ntk..",
                        "org.scorekit.sample..", "org.scorekit.eval..", "org.scorekit.convex..",
                        "org.scorekit.nonconvex..")
                .whereLayer("learning").mayNotBeAccessedByAnyLayer()
                .whereLayer("model").mayOnlyBeAccessedByLayers("learning")
                .whereLayer("process").mayOnlyBeAccessedByLayers("model", "learning")
                .check(classes);
    }

    /** Every top-level package of every module, e.g. {@code train} and {@code ntk}, in no cycle. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.scorekit.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void tabularSplitsAndMetricsStandOnTablesAndNotOnEachOther() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("tables").definedBy("org.scorekit.tabular")
                .layer("split").definedBy("org.scorekit.tabular.split..")
                .layer("metrics").definedBy("org.scorekit.tabular.metrics..")
                .whereLayer("split").mayNotBeAccessedByAnyLayer()
                .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
                .whereLayer("tables").mayOnlyBeAccessedByLayers("split", "metrics")
                .check(classes);
    }

    @Test
    void theLibraryNeverPrints() {
        noClasses().that().resideOutsideOfPackage("org.scorekit.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void randomnessComesOnlyFromRng() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(java.util.Random.class,
                        java.util.SplittableRandom.class, java.util.concurrent.ThreadLocalRandom.class)
                .orShould().callMethod(Math.class, "random")
                .check(classes);
    }
}
