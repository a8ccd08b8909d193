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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
     * Which feature owns each table (a table's name starting with the key). Readings are
     * ingestion's and reach the others through telemetry; the cities and their districts, and the
     * point registry, are read by every feature that refers to them.
     */
    private static final Map<String, Set<String>> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("reading", Set.of("ingest", "telemetry"));
        OWNERS.put("rollup_pending", Set.of("ingest", "telemetry"));
        OWNERS.put("point_latest", Set.of("ingest", "telemetry"));
        OWNERS.put("point_group", Set.of("ingest", "telemetry"));
        OWNERS.put("group_rollup", Set.of("ingest", "telemetry"));
        OWNERS.put("point", Set.of("*"));
        OWNERS.put("city_grant", Set.of("security"));
        OWNERS.put("city", Set.of("*"));
        OWNERS.put("district", Set.of("*"));
        OWNERS.put("building", Set.of("buildings"));
        OWNERS.put("retrofit_project", Set.of("buildings"));
        OWNERS.put("retrofit_measure", Set.of("buildings"));
        OWNERS.put("meter", Set.of("buildings"));
        OWNERS.put("energy_factor", Set.of("buildings"));
        OWNERS.put("heat_pump", Set.of("heatpump"));
        OWNERS.put("boiler_reference", Set.of("heatpump"));
        OWNERS.put("alarm", Set.of("alarms"));
        OWNERS.put("condominium", Set.of("condominium"));
        OWNERS.put("assembly", Set.of("condominium"));
        OWNERS.put("workshop", Set.of("condominium"));
        OWNERS.put("retrofit_option", Set.of("condominium"));
        OWNERS.put("sems_", Set.of("sems"));
        OWNERS.put("command", Set.of("commands"));
        OWNERS.put("audit_entry", Set.of("audit"));
        OWNERS.put("user_account", Set.of("security"));
        OWNERS.put("scada_", Set.of("scada"));
        OWNERS.put("lighting_", Set.of("lighting"));
        OWNERS.put("lamppost", Set.of("lighting"));
        OWNERS.put("bike_", Set.of("mobility"));
        OWNERS.put("gtfs_", Set.of("mobility"));
        OWNERS.put("competence", Set.of("partners"));
        OWNERS.put("partner_", Set.of("partners"));
        OWNERS.put("knowhow_", Set.of("partners"));
    }

    /**
     * No feature queries another's tables: it asks the owner (e.g. SEMS the buildings bound to
     * controllers through buildings/BoundBuildings, readings through telemetry). Checked by scanning
     * the SQL in the sources; every table of migrations/ must have an owner above. The demo seeders
     * set up a city's data across features and may write anywhere.
     */
    @Test
    void noFeatureQueriesAnothersTables() throws IOException {
        Pattern tableNamed = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");
        Pattern created = Pattern.compile("create table (?:if not exists )?([a-z_]+)");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("migrations"))) {
            for (Path migration : migrations.toList()) {
                Matcher m = created.matcher(Files.readString(migration));
                while (m.find()) {
                    if (owner(m.group(1)) == null) {
                        problems.add(migration.getFileName() + " creates " + m.group(1) + ", which has no owner in ArchitectureTest.OWNERS");
                    }
                }
            }
        }
        Path root = Path.of("src/main/java/eu/sharingcities");
        try (Stream<Path> sources = Files.walk(root)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/demo/")).toList()) {
                String feature = root.relativize(source).getName(0).toString();
                Matcher m = tableNamed.matcher(Files.readString(source));
                while (m.find()) {
                    Set<String> owners = owner(m.group(1));
                    if (owners != null && !owners.contains("*") && !owners.contains(feature)) {
                        problems.add(root.relativize(source) + " queries " + m.group(1) + ", which is " + owners + "'s");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> owner(String table) {
        return OWNERS.entrySet().stream().filter(e -> table.equals(e.getKey()) || table.startsWith(e.getKey().endsWith("_") ? e.getKey()
                : e.getKey() + "_")).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
