package eu.sharingcities.sems.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.sems.DistrictSettings;
import eu.sharingcities.sems.StrategyKind;
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
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The demo's SEMS: every city's three strategies with their default configurations, recommending
 * only (a new district starts by watching what SEMS would do). {@code platform.sems.demo-act}
 * (set by ./run) lets the occupancy set-back act on the simulated controllers. Made once per city.
 */
@Startup
@Singleton
@DependsOn("DemoBuildings")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSems {

    private static final Logger LOG = Logger.getLogger(DemoSems.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "platform.sems.demo-act", defaultValue = "false")
    boolean act;

    @Inject
    DirectConnections database;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        try (Connection db = database.open(); Jsonb json = JsonbBuilder.create();
             PreparedStatement district = db.prepareStatement("""
                     insert into sems_district (city_code, settings) select code, ? from city on conflict do nothing""");
             PreparedStatement strategy = db.prepareStatement("""
                     insert into sems_strategy (city_code, kind, mode, config, changed_by) select code, ?, ?, ?, 'demo' from city
                     on conflict do nothing""")) {
            district.setString(1, json.toJson(DistrictSettings.defaults(LocalDate.now())));
            int made = district.executeUpdate();
            for (StrategyKind kind : StrategyKind.values()) {
                strategy.setString(1, kind.name());
                strategy.setString(2, act && kind == StrategyKind.OCCUPANCY_SETBACK ? "ACT" : "RECOMMEND");
                strategy.setString(3, json.toJson(kind.defaults()));
                strategy.executeUpdate();
            }
            if (made > 0) {
                LOG.info("demo: SEMS strategies made for " + made + " cities" + (act ? " (occupancy set-back acting)" : " (recommending)"));
            }
        } catch (Exception e) {
            LOG.warning("demo SEMS could not be made: " + e.getMessage());
        }
    }
}
