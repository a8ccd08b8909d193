package eu.sharingcities;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import eu.sharingcities.portal.CityMenu;
import eu.sharingcities.portal.CityPage;
import eu.sharingcities.portal.RequiresCityRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules (docs/adr/0006-package-by-feature.md): each feature's pages live in its own
 * {@code ui} package (the portal package holds only the shell every page shares), and nothing
 * else of a feature depends on Vaadin, so its services serve REST and the portal alike.
 */
@AnalyzeClasses(packages = "eu.sharingcities", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The pages of every feature, the shell around them, and the launcher that starts it all. */
    private static final String[] WEB_LAYER = {"..ui..", "eu.sharingcities.portal..", "eu.sharingcities.launcher.."};

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

    @ArchTest
    static final ArchRule cityPagesTakeTheirCityFromTheLayout = classes().that().areAnnotatedWith(CityMenu.class)
            .or().areAnnotatedWith(RequiresCityRole.class).should().implement(CityPage.class)
            .because("the city layout checks the role and hands the page its city; a page does not look it up again");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices().matching("eu.sharingcities.(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAnyPackage(WEB_LAYER), DescribedPredicate.alwaysTrue())
            .ignoreDependency(resideInAnyPackage("..demo.."), DescribedPredicate.alwaysTrue())
            .because("a feature can be understood and changed without the ones that use it; the pages and the shell sit on top of "
                    + "every feature, and so do the demo seeders, which set up a city's data across features "
                    + "(docs/adr/0006-package-by-feature.md)");

    @ArchTest
    static final ArchRule featuresKnowNoPages = noClasses().that().resideOutsideOfPackages(WEB_LAYER)
            .should().dependOnClassesThat().resideInAnyPackage(WEB_LAYER)
            .because("pages use the features, never the other way round");

    /**
     * Readings are ingestion's: other features read them through {@code telemetry} (AssetReadings by
     * asset and role, PointHistory by point id), never by querying its tables. The demo seeders may
     * write a generated past into the rollups, as ingestion would have.
     */
    @Test
    void onlyIngestionAndTelemetryQueryTheReadingTables() throws IOException {
        Pattern readingTables = Pattern.compile("\\b(from|join|into|update)\\s+(reading|reading_rollup|point_latest|rollup_pending)\\b");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/eu/sharingcities"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = Path.of("src/main/java/eu/sharingcities").relativize(source).getName(0).toString();
                boolean allowed = feature.equals("ingest") || feature.equals("telemetry") || source.toString().contains("/demo/");
                if (!allowed && readingTables.matcher(Files.readString(source)).find()) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).as("query the reading tables outside ingest and telemetry").isEmpty();
    }
}
