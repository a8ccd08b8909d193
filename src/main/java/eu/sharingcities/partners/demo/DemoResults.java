package eu.sharingcities.partners.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.partners.results.BusinessModel;
import eu.sharingcities.partners.results.FigureSource;
import eu.sharingcities.partners.results.FigureSpec;
import eu.sharingcities.partners.results.ResultData;
import eu.sharingcities.partners.results.ResultProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo partners' published results, their figures linked to what the demo measures: Milan's
 * first building's M&V savings and its district's SEMS savings, London's heat pump and main-road
 * lighting, Bordeaux's e-bike trips; one declared figure; Warsaw interested in the condominium
 * retrofit, Burgas planning the lighting. Added once, to an empty table.
 */
@Startup
@Singleton
@DependsOn("DemoPartners")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoResults {

    private static final Logger LOG = Logger.getLogger(DemoResults.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    private record Demo(String organisation, ResultProfile result, Map<String, String> replication) {
    }

    private static final List<Demo> RESULTS = List.of(
            new Demo("energia-condivisa", result("Deep retrofit of a Porta Romana condominium", "milan", "Porta Romana", 2019, 2020, 1_250_000.0,
                    "Insulation, windows and a condensing boiler under a shared-savings contract.",
                    new FigureSpec("Energy saved", FigureSource.BUILDING_SAVINGS, "b001", null, null)), Map.of("warsaw", "interested")),
            new Demo("urban-data-lab", result("District energy management in Porta Romana", "milan", "Porta Romana / Vettabbia", 2021, 2022, 480_000.0,
                    "The SEMS steering the district's buildings from the urban data platform.",
                    new FigureSpec("District energy saved", FigureSource.DISTRICT_SAVINGS, "", null, null)), Map.of()),
            new Demo("thames-heat", result("Kingston Heights water-source heat pump", "london", "Royal Borough of Greenwich", 2018, 2019, 2_900_000.0,
                    "Heat from the Thames for 137 homes.", new FigureSpec("Seasonal performance factor", FigureSource.HEAT_PUMP_SPF, "hp1", null, null)),
                    Map.of()),
            new Demo("lumen-services", result("LED main roads of Greenwich", "london", "Royal Borough of Greenwich", 2017, 2018, 640_000.0,
                    "LED lanterns with remote dimming on the main roads.",
                    new FigureSpec("Energy saved", FigureSource.LIGHTING_GROUP_SAVINGS, "main-roads", null, null)), Map.of("burgas", "planning")),
            new Demo("velo-partage", result("E-bikes at Bastide's bus stops", "bordeaux", "Bastide", 2022, 2023, 350_000.0,
                    "Docking stations beside the frequent stops.", new FigureSpec("Trips in the last 30 days", FigureSource.MOBILITY_TRIPS, "", null, null)),
                    Map.of()),
            new Demo("green-city-capital", result("Green bond for Lisbon's retrofits", "lisbon", "Baixa-Chiado", 2020, 2020, null,
                    "A green bond financing residential retrofits.", new FigureSpec("Raised", FigureSource.DECLARED, "", 12_500_000.0, "€")), Map.of()));

    private static ResultProfile result(String title, String city, String place, int from, int to, Double cost, String summary, FigureSpec figure) {
        BusinessModel model = !title.startsWith("Deep retrofit") ? null : new BusinessModel(
                "A deep retrofit with no money down: the ESCo pays and is repaid from the measured savings",
                "Condominium owners and their administrators", "Condominium assemblies, with the platform's measured savings as evidence",
                "80 % of the measured savings for 7 years", "Design, works, finance and the measurement", "Banks, the municipality, the Ecobonus");
        return new ResultProfile(title, Map.of("en", summary), city, place, LocalDate.of(from, 3, 1), LocalDate.of(to, 11, 30), cost, List.of(figure),
                model);
    }

    @PostConstruct
    void register() {
        if (!demo) {
            return;
        }
        try (Jsonb json = JsonbBuilder.create(); Connection db = database.open()) {
            try (var st = db.createStatement(); ResultSet rs = st.executeQuery("select 1 from partner_result limit 1")) {
                if (rs.next()) {
                    ResultData.indexPublished(db); // results published before the search existed
                    return;
                }
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into partner_result (organisation, draft, published, published_at) values (?, ?::jsonb, ?::jsonb, now()) returning id""");
                 PreparedStatement interest = db.prepareStatement("""
                         insert into partner_result_interest (result_id, city_code, status, updated_by) values (?, ?, ?, 'demo')""")) {
                for (Demo d : RESULTS) {
                    String profile = json.toJson(d.result());
                    insert.setString(1, d.organisation());
                    insert.setString(2, profile);
                    insert.setString(3, profile);
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        for (Map.Entry<String, String> r : d.replication().entrySet()) {
                            interest.setLong(1, id.getLong(1));
                            interest.setString(2, r.getKey());
                            interest.setString(3, r.getValue());
                            interest.executeUpdate();
                        }
                    }
                }
            }
            ResultData.indexPublished(db);
            DemoArticles.register(db);
            LOG.info("demo: " + RESULTS.size() + " partner results and know-how articles");
        } catch (Exception e) {
            LOG.warning("demo partner results could not be registered: " + e.getMessage());
        }
    }
}
