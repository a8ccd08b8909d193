package eu.sharingcities;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules (docs/adr/0006-package-by-feature.md): each feature's pages live in its own
 * {@code ui} package (the portal package holds only the shell every page shares), and nothing
 * else of a feature depends on Vaadin, so its services serve REST and the portal alike.
 */
@AnalyzeClasses(packages = "eu.sharingcities", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pagesLiveInTheirFeaturesUiPackage = classes().that().areAnnotatedWith(Route.class)
            .and().doNotHaveFullyQualifiedName("eu.sharingcities.portal.LoginView")
            .and().doNotHaveFullyQualifiedName("eu.sharingcities.portal.NoAccessView")
            .and().doNotHaveFullyQualifiedName("eu.sharingcities.portal.RootView")
            .should().resideInAPackage("eu.sharingcities.(*).ui..")
            .because("a feature's pages live beside it, in its ui package; the portal is the shell (sign-in, no access, the root)");

    @ArchTest
    static final ArchRule onlyPagesAndTheShellUseVaadin = noClasses().that()
            .resideOutsideOfPackages("..ui..", "eu.sharingcities.portal..", "eu.sharingcities.launcher..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("services, REST resources and the model serve every door, not the portal alone");

    @ArchTest
    static final ArchRule theShellKnowsNoFeaturesPages = noClasses().that().resideInAPackage("eu.sharingcities.portal")
            .should().dependOnClassesThat().resideInAPackage("eu.sharingcities..ui..")
            .because("navigation goes by route paths, so a feature's pages can change without the shell");
}
