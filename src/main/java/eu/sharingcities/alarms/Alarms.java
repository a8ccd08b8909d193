package eu.sharingcities.alarms;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static eu.sharingcities.api.FieldCheck.require;
import static eu.sharingcities.api.FieldCheck.text;

/**
 * What people do with alarms: list a city's open ones, acknowledge, shelve; and what city
 * administrators do with rules. Row-level security applies (the JDBC work runs on the
 * transaction's own connection).
 */
@ApplicationScoped
@Transactional
@CityScoped
public class Alarms {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<RulesChanged> rulesChanged;

    @Inject
    jakarta.enterprise.event.Event<AlarmChanged> alarmChanged;

    /** Fired when people change an alarm; open portals of the city hear of it once it is committed. */
    public record AlarmChanged(String cityCode) {
    }

    /** Fired when a city's rules change; the monitor reads them again once the change is committed. */
    public record RulesChanged(String cityCode) {
    }

    public record NewRule(String name, String priority, String kind, String point, String endpoint, Double limit, Double deadband,
                          Integer onDelaySeconds, Double maxPerMinute, Integer maxAgeSeconds, Double expected, Double tolerance) {
    }

    /** The city's alarms that are not closed, most urgent first, newest first within a priority. */
    public List<AlarmSummary> open(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            List<AlarmSummary> alarms = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select a.id, a.city_code, r.name, r.priority, a.state, a.raised_at, a.value, a.message, a.shelved_until
                    from alarm a join alarm_rule r on r.id = a.rule_id where a.city_code = ? and a.state <> 'CLOSED'
                    order by array_position(array['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], r.priority::text), a.raised_at desc""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Timestamp shelved = rs.getTimestamp(9);
                        alarms.add(new AlarmSummary(rs.getLong(1), rs.getString(2), rs.getString(3), Priority.valueOf(rs.getString(4)),
                                AlarmState.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), (Double) rs.getObject(7), rs.getString(8),
                                shelved == null ? null : shelved.toInstant()));
                    }
                }
            }
            return alarms;
        });
    }

    /** How many of the city's alarms wait for someone to acknowledge them (shelved ones do not count). */
    public int unacknowledged(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    select count(*) from alarm where city_code = ? and state in ('ACTIVE_UNACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED')
                      and (shelved_until is null or shelved_until <= now())""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public List<Alarm.Step> history(long alarmId) {
        return jdbc(db -> {
            List<Alarm.Step> steps = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("select at, what, by_user, comment from alarm_step where alarm_id = ? order by at")) {
                st.setLong(1, alarmId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new Alarm.Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return steps;
        });
    }

    public void acknowledge(long alarmId, String comment) {
        change(alarmId, alarm -> alarm.acknowledge(currentUser.username(), comment, Instant.now()));
    }

    public void shelve(long alarmId, Instant until, String reason) {
        change(alarmId, alarm -> alarm.shelve(currentUser.username(), reason, Instant.now(), until));
    }

    private void change(long alarmId, java.util.function.UnaryOperator<Alarm> step) {
        jdbc(db -> {
            AlarmRule rule = AlarmRules.ofAlarm(db, alarmId)
                    .orElseThrow(() -> new IllegalArgumentException("No alarm " + alarmId + " in your cities."));
            currentUser.require(Role.OPERATOR, rule.cityCode());
            try (PreparedStatement st = db.prepareStatement("""
                    select id, raised_at, value, message, state, shelved_until from alarm where id = ? for update""")) {
                st.setLong(1, alarmId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    Alarm changed = step.apply(AlarmRows.alarm(rs, rule));
                    AlarmRows.update(db, changed, changed.history().getLast());
                    audit.record(rule.cityCode(), "alarm." + changed.history().getLast().what().split(" ")[0], "alarm/" + alarmId, null,
                            rule.name() + ": " + changed.history().getLast().comment());
                    alarmChanged.fire(new AlarmChanged(rule.cityCode()));
                }
            }
            return null;
        });
    }

    /** A city administrator adds a rule; the monitor starts watching it within a second or so. */
    public long createRule(String city, NewRule r) {
        currentUser.require(Role.CITY_ADMIN, city);
        require(text(r.name()), "name", "give the rule a name operators will recognise");
        require(r.priority() != null && java.util.Arrays.stream(Priority.values()).anyMatch(p -> p.name().equals(r.priority())), "priority",
                "one of CRITICAL, HIGH, MEDIUM, LOW");
        List<String> kinds = List.of("HIGH_LIMIT", "LOW_LIMIT", "RATE_OF_CHANGE", "STALE", "COMMUNICATION_LOSS", "DEVIATION");
        require(r.kind() != null && kinds.contains(r.kind()), "kind", "one of " + String.join(", ", kinds));
        boolean onEndpoint = r.kind().equals("COMMUNICATION_LOSS");
        require(onEndpoint ? text(r.endpoint()) : text(r.point()), onEndpoint ? "endpoint" : "point",
                onEndpoint ? "the id of one of the city's OPC UA endpoints" : "the code of one of the city's points");
        switch (r.kind()) {
            case "HIGH_LIMIT", "LOW_LIMIT" -> require(r.limit() != null, "limit", "the limit, in the point's unit");
            case "RATE_OF_CHANGE" -> require(r.maxPerMinute() != null && r.maxPerMinute() > 0, "maxPerMinute", "the largest change per minute, more than 0");
            case "STALE" -> require(r.maxAgeSeconds() != null && r.maxAgeSeconds() >= 1, "maxAgeSeconds", "how old a value may get, 1 s or more");
            case "DEVIATION" -> require(r.expected() != null && r.tolerance() != null && r.tolerance() > 0, "expected/tolerance",
                    "the expected value and a tolerance above 0");
            default -> {
            }
        }
        require(r.deadband() == null || r.deadband() >= 0, "deadband", "0 or more");
        require(r.onDelaySeconds() == null || r.onDelaySeconds() >= 0, "onDelaySeconds", "0 or more");
        long id = jdbc(db -> {
            Integer point = null;
            if (!onEndpoint) {
                try (PreparedStatement st = db.prepareStatement("select id from point where city_code = ? and code = ?")) {
                    st.setString(1, city);
                    st.setString(2, r.point());
                    try (ResultSet rs = st.executeQuery()) {
                        require(rs.next(), "point", "'" + r.point() + "' is not one of " + city + "'s points");
                        point = rs.getInt(1);
                    }
                }
            }
            try (PreparedStatement st = db.prepareStatement("""
                    insert into alarm_rule (city_code, name, priority, kind, point_id, endpoint_id, limit_value, deadband, on_delay_s, max_per_minute,
                                            max_age_s, expected, tolerance)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                st.setString(1, city);
                st.setString(2, r.name().trim());
                st.setString(3, r.priority());
                st.setString(4, r.kind());
                st.setObject(5, point);
                st.setString(6, onEndpoint ? r.endpoint() : null);
                st.setObject(7, r.limit());
                st.setDouble(8, r.deadband() == null ? 0 : r.deadband());
                st.setInt(9, r.onDelaySeconds() == null ? 0 : r.onDelaySeconds());
                st.setObject(10, r.maxPerMinute());
                st.setObject(11, r.maxAgeSeconds());
                st.setObject(12, r.expected());
                st.setObject(13, r.tolerance());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        audit.record(city, "alarm-rule.created", "alarm-rule/" + id, null, r.name() + " (" + r.kind() + ")");
        rulesChanged.fire(new RulesChanged(city));
        return id;
    }

    private interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
