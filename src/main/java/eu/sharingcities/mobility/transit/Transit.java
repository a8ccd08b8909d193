package eu.sharingcities.mobility.transit;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.mobility.gtfs.GtfsFeed;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * A city's public transport timetable (its GTFS feed, uploaded by its administrators, checked whole
 * and audited) with each stop's departures per hour, and the mobility hubs where bikes meet it.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Transit {

    /** Walking distance from a station to its stop, and what counts as frequent, unless a caller says otherwise. */
    public static final double HUB_RADIUS_METRES = 150;
    public static final int FREQUENT_DEPARTURES_PER_HOUR = 4;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    BikeShare bikeShare;

    /** Replaces the city's feed with the one uploaded; refused whole ({@link eu.sharingcities.mobility.gtfs.GtfsRefused}) when it is broken. */
    public GtfsFeed upload(String city, String fileName, byte[] zip) {
        currentUser.require(Role.CITY_ADMIN, city);
        GtfsFeed feed = GtfsFeed.read(zip);
        TransactionJdbc.run(em, db -> {
            TransitData.replace(db, city, feed, fileName, currentUser.username());
            return null;
        });
        audit.record(city, "mobility.gtfs.uploaded", "mobility/gtfs", null,
                fileName + ": " + feed.stops().size() + " stops, " + feed.routes().size() + " routes, " + feed.trips().size() + " trips");
        return feed;
    }

    public List<TransitStop> stops(String city, LocalDate date) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        return TransactionJdbc.run(em, db -> TransitData.stops(db, city, date));
    }

    public List<MobilityHubs.Hub> hubs(String city, LocalDate date, double radiusMetres, int minDeparturesPerHour) {
        return MobilityHubs.find(bikeShare.stations(city), stops(city, date), radiusMetres, minDeparturesPerHour);
    }

    /** For the demo, as the platform itself: the city's feed when it has none yet. */
    public void seedDemo(String city, String fileName, byte[] zip) {
        if (!CurrentUser.isSystem()) {
            throw new IllegalStateException("the demo's timetable is the platform's own doing");
        }
        TransactionJdbc.run(em, db -> {
            try (var st = db.prepareStatement("select 1 from gtfs_feed where city_code = ?")) {
                st.setString(1, city);
                if (st.executeQuery().next()) {
                    return null;
                }
            }
            TransitData.replace(db, city, GtfsFeed.read(zip), fileName, "demo");
            return null;
        });
    }
}
