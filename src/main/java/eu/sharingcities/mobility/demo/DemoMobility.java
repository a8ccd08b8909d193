package eu.sharingcities.mobility.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.mobility.transit.Transit;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.simulator.DemoTransitFeed;
import eu.sharingcities.simulator.model.DistrictGrid;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo's bike-share operators: one per city, the simulated operator the launcher (or the tests)
 * runs on loopback ({@code PLATFORM_DEMO_GBFS}, e.g. http://127.0.0.1:4850/gbfs/), read in the city's
 * language. Its address is written at every start, so a moved simulator is followed. And each
 * city's demo timetable (GTFS, {@link DemoTransitFeed}), when the city has none.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMobility {

    private static final Logger LOG = Logger.getLogger(DemoMobility.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "platform.demo.gbfs")
    Optional<String> feeds;

    @Inject
    DirectConnections database;

    @Inject
    Transit transit;

    @PostConstruct
    void register() {
        if (!demo) {
            return;
        }
        feeds.ifPresent(this::operators);
        try {
            CurrentUser.runAsSystem(() -> {
                DistrictGrid.cities().forEach(city -> transit.seedDemo(city, "demo-" + city + "-gtfs.zip", DemoTransitFeed.zip(city)));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning("demo timetables could not be registered: " + e.getMessage());
        }
    }

    private void operators(String base) {
        try (Connection db = database.open(); PreparedStatement st = db.prepareStatement("""
                insert into bike_operator (city_code, code, name, discovery_url, language)
                select ?, 'demo-bikes', ?, ?, ? where exists (select from city where code = ?)
                on conflict (city_code, code) do update set discovery_url = excluded.discovery_url""")) {
            for (String city : DistrictGrid.cities()) {
                st.setString(1, city);
                st.setString(2, "Demo e-bikes (" + city + ")");
                st.setString(3, base + city + "/gbfs.json");
                st.setString(4, DistrictGrid.of(city).language());
                st.setString(5, city);
                st.addBatch();
            }
            st.executeBatch();
            LOG.info("demo: bike-share operators read from " + base);
        } catch (SQLException e) {
            LOG.warning("demo bike-share operators could not be registered: " + e.getMessage());
        }
    }
}
