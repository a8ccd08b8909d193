package eu.sharingcities.mobility.trips;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.mobility.BikeOperator;
import eu.sharingcities.mobility.BikeShare;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The trips operators export, where they do: a city's administrators upload an operator's export
 * (checked whole, {@link TripFile}); trips already known by their id are kept as they were. The
 * KPIs count these trips on the days they cover instead of those derived from the stations.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class BikeTrips {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BikeShare bikeShare;

    @Inject
    AuditLog audit;

    /** What an upload did: trips added, and trips the platform had already (kept as they were). */
    public record Imported(int added, int alreadyKnown) {
    }

    /** A stored trip with its operator's code. */
    public record CityTrip(String operator, OperatorTrip trip) {
    }

    public Imported upload(String city, String operatorCode, String csv) {
        currentUser.require(Role.CITY_ADMIN, city);
        BikeOperator operator = bikeShare.operators(city).stream().filter(o -> o.code().equals(operatorCode)).findFirst()
                .orElseThrow(() -> new NotFound("No bike-share operator '" + operatorCode + "' in " + city + "; add it first (PUT …/mobility/operators/"
                        + operatorCode + ")."));
        List<OperatorTrip> trips = TripFile.read(csv, TransactionJdbc.run(em, db -> AssetReadings.zone(db, city)));
        int added = TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    insert into bike_trip (operator_id, city_code, trip_id, started_at, ended_at, start_station_id, end_station_id, distance_m)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                for (OperatorTrip t : trips) {
                    int i = 0;
                    st.setLong(++i, operator.id());
                    st.setString(++i, city);
                    st.setString(++i, t.id());
                    st.setTimestamp(++i, Timestamp.from(t.start()));
                    st.setTimestamp(++i, Timestamp.from(t.end()));
                    st.setString(++i, t.startStation());
                    st.setString(++i, t.endStation());
                    st.setObject(++i, t.metres(), Types.DOUBLE);
                    st.addBatch();
                }
                int sum = 0;
                for (int n : st.executeBatch()) {
                    sum += Math.max(n, 0);
                }
                return sum;
            }
        });
        Imported imported = new Imported(added, trips.size() - added);
        audit.record(city, "mobility.trips.uploaded", "mobility/operator/" + operatorCode + "/trips", null,
                imported.added() + " trips added, " + imported.alreadyKnown() + " already known");
        return imported;
    }

    /** The city's exported trips that started in [from, to). */
    public List<CityTrip> started(String city, Instant from, Instant to) {
        currentUser.requireOrSystem(Role.VIEWER, city);
        return TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    select o.code, t.trip_id, t.started_at, t.ended_at, t.start_station_id, t.end_station_id, t.distance_m
                    from bike_trip t join bike_operator o on o.id = t.operator_id
                    where t.city_code = ? and t.started_at >= ? and t.started_at < ? order by t.started_at""")) {
                st.setString(1, city);
                st.setTimestamp(2, Timestamp.from(from));
                st.setTimestamp(3, Timestamp.from(to));
                List<CityTrip> trips = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        trips.add(new CityTrip(rs.getString(1), new OperatorTrip(rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), (Double) rs.getObject(7))));
                    }
                }
                return trips;
            }
        });
    }
}
