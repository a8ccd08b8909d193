package eu.sharingcities.sems.demo;

import eu.sharingcities.database.DirectConnections;
import eu.sharingcities.sems.SemsSetup;
import eu.sharingcities.sems.StrategyKind;
import eu.sharingcities.simulator.model.DemoSemsPast;
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
import java.util.logging.Logger;

/**
 * The demo's SEMS: it went live {@link DemoSemsPast#GO_LIVE_DAYS_AGO} days before the demo's
 * first day (whose past DemoBuildings makes with the set-back acting from then), so each city's SEMS
 * page shows a measured saving; and {@code platform.sems.demo-act} (set by ./run) lets the
 * occupancy set-back act on the simulated controllers, where nobody has changed it since SEMS made
 * it (SemsSetup).
 */
@Startup
@Singleton
@DependsOn("SemsSetup") // which depends on Migrations; naming DemoBuildings too would be a cycle to Payara's EJB container
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
        backDateGoLive();
        if (!act) {
            return;
        }
        try (Connection db = database.open(); PreparedStatement st = db.prepareStatement("""
                update sems_strategy set mode = 'ACT', changed_by = 'demo', changed_at = now() where kind = ? and changed_by = ?""")) {
            st.setString(1, StrategyKind.OCCUPANCY_SETBACK.name());
            st.setString(2, SemsSetup.PLATFORM);
            int acting = st.executeUpdate();
            if (acting > 0) {
                LOG.info("demo: the occupancy set-back acts in " + acting + " cities");
            }
        } catch (SQLException e) {
            LOG.warning("demo: the occupancy set-back could not be switched to act: " + e.getMessage());
        }
    }

    /** A district whose SEMS was set up today (the demo's first start) went live when the demo's past says. */
    private void backDateGoLive() {
        try (Connection db = database.open()) {
            int moved = SemsSetup.backDateGoLiveSetToday(db, DemoSemsPast.GO_LIVE_DAYS_AGO);
            if (moved > 0) {
                LOG.info("demo: SEMS went live " + DemoSemsPast.GO_LIVE_DAYS_AGO + " days ago in " + moved + " cities");
            }
        } catch (SQLException e) {
            LOG.warning("demo: SEMS's go-live could not be set to the demo's past: " + e.getMessage());
        }
    }
}
