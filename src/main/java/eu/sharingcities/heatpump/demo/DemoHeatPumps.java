package eu.sharingcities.heatpump.demo;

import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The demo's heat pump: London's Kingston Heights, 137 flats heated from the Thames, with an
 * abstraction licence of 2,500 m³ a day and at most 3.5 K colder at discharge (the simulated pump
 * runs at a 3 K drop at full load: a margin, or its sensor's noise alone would breach the licence). Its history comes with the buildings' (DemoBuildings).
 */
@Startup
@Singleton
@DependsOn("DemoBuildings")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHeatPumps {

    private static final Logger LOG = Logger.getLogger(DemoHeatPumps.class.getName());

    @Inject
    @ConfigProperty(name = "platform.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DirectConnections database;

    @PostConstruct
    void create() { // bound to the simulator's asset of its heat pump (simulator/CityNamespace.java)
        if (!demo) {
            return;
        }
        try (Connection db = database.open(); var st = db.createStatement()) {
            int made = st.executeUpdate("""
                    insert into heat_pump (city_code, code, name, dwellings, licence_reference, max_abstraction_m3_per_day, max_discharge_delta_k,
                                           asset, latitude, longitude)
                    select 'london', 'hp1', 'Kingston Heights water-source heat pump (Thames)', 137, 'EA abstraction licence 28/39/28/0520 (demo)', 2500, 3.5,
                           'heatpump/hp1', 51.4930, 0.0105
                    where not exists (select from heat_pump where city_code = 'london')""");
            if (made > 0) {
                LOG.info("demo: London's heat pump registered");
            }
        } catch (SQLException e) {
            LOG.warning("demo heat pump could not be registered: " + e.getMessage());
        }
    }
}
