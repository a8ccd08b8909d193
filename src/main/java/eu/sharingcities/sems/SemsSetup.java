package eu.sharingcities.sems;

import eu.sharingcities.database.DirectConnections;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Gives every city its district settings (going live on the day SEMS first starts) and its three
 * strategies with their default configurations, recommending only: a new district starts by
 * watching what SEMS would do, and operators let a strategy act when they trust it. What exists
 * is left as it is. The strategies made here are changed "by platform".
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SemsSetup {

    /** Who made a strategy nobody has changed since. */
    public static final String PLATFORM = "platform";
    private static final Logger LOG = Logger.getLogger(SemsSetup.class.getName());

    @Inject
    DirectConnections database;

    @PostConstruct
    void create() {
        try (Connection db = database.open();
             PreparedStatement cities = db.prepareStatement("select code, time_zone from city");
             PreparedStatement district = db.prepareStatement("""
                     insert into sems_district (city_code, settings) values (?, ?) on conflict do nothing""");
             PreparedStatement strategy = db.prepareStatement("""
                     insert into sems_strategy (city_code, kind, mode, config, changed_by) select code, ?, 'RECOMMEND', ?, ? from city
                     on conflict do nothing""")) {
            int made = 0;
            try (java.sql.ResultSet rs = cities.executeQuery()) {
                while (rs.next()) { // goes live today in the city's own zone, the day its rollups and M&V count in
                    district.setString(1, rs.getString(1));
                    district.setString(2, Sems.JSON.toJson(DistrictSettings.defaults(LocalDate.now(java.time.ZoneId.of(rs.getString(2))))));
                    made += district.executeUpdate();
                }
            }

            for (StrategyKind kind : StrategyKind.values()) {
                strategy.setString(1, kind.name());
                strategy.setString(2, Sems.JSON.toJson(kind.defaults()));
                strategy.setString(3, PLATFORM);
                strategy.executeUpdate();
            }
            if (made > 0) {
                LOG.info("SEMS: settings and recommending strategies made for " + made + " cities");
            }
        } catch (SQLException e) {
            LOG.warning("SEMS: the cities' settings and strategies could not be made, the SEMS page stays empty until the next start: "
                    + e.getMessage());
        }
    }

    /**
     * Moves SEMS's go-live back by {@code daysAgo} in each city where it was set up today (for the
     * demo, whose past is made with SEMS acting from then); returns how many cities moved.
     */
    public static int backDateGoLiveSetToday(Connection db, int daysAgo) throws SQLException {
        try (var st = db.createStatement()) {
            st.execute("select set_config('platform.cities', '*', false)");
        }
        int moved = 0;
        try (PreparedStatement select = db.prepareStatement("select d.city_code, d.settings, c.time_zone from sems_district d join city c on c.code = d.city_code");
             PreparedStatement update = db.prepareStatement("update sems_district set settings = ? where city_code = ?");
             java.sql.ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                DistrictSettings settings = Sems.JSON.fromJson(rs.getString(2), DistrictSettings.class);
                LocalDate today = LocalDate.now(java.time.ZoneId.of(rs.getString(3)));
                if (settings.goLive().equals(today)) {
                    update.setString(1, Sems.JSON.toJson(new DistrictSettings(settings.comfort(), settings.normalSetpointC(), today.minusDays(daysAgo))));
                    update.setString(2, rs.getString(1));
                    moved += update.executeUpdate();
                }
            }
        }
        return moved;
    }
}
