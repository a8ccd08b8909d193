package eu.sharingcities.alarms;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static eu.sharingcities.text.FieldCheck.require;
import static eu.sharingcities.text.FieldCheck.text;

/**
 * What city administrators keep of their alarm system: the rules (add, change, take out of service
 * with a reason or put back; who is e-mailed is {@link AlarmRecipients}). Every refusal names the field and the fix; every
 * change is audited, and the monitor reads the rules again once it is committed.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class AlarmConfiguration {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<Alarms.RulesChanged> rulesChanged;

    @Inject
    jakarta.enterprise.event.Event<Alarms.AlarmChanged> alarmChanged;

    /**
     * A rule as a city administrator writes it. {@code offDelaySeconds}: how long a limit or
     * deviation must be back to normal before the alarm returns to normal; {@code suppressPoint}
     * and {@code suppressBelow}: suppressed by design while that point is below the value (a heat
     * pump's running state below 0.5: off). One constructor only: JSON-B builds it from a request.
     */
    public record NewRule(String name, String priority, String kind, String point, String endpoint, Double limit, Double deadband,
                          Integer onDelaySeconds, Double maxPerMinute, Integer maxAgeSeconds, Double expected, Double tolerance,
                          Integer offDelaySeconds, String suppressPoint, Double suppressBelow) {
    }


    /**
     * A rule as city administrators see and edit it, with its ISA-18.2 state: in service or out of
     * service (with the reason), shelved until when.
     */
    public record RuleSummary(long id, String name, Priority priority, String kind, String point, String endpoint, Double limit, double deadband,
                              int onDelaySeconds, Double maxPerMinute, Integer maxAgeSeconds, Double expected, Double tolerance, boolean enabled,
                              int offDelaySeconds, String suppressPoint, Double suppressBelow, Instant shelvedUntil, String outOfServiceReason) {
    }


    /** The city's rules that watch values (not the ones modules raise events through). */
    public List<RuleSummary> rules(String city) {
        currentUser.require(Role.VIEWER, city);
        return jdbc(db -> {
            List<RuleSummary> rules = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select r.id, r.name, r.priority, r.kind, p.code, r.endpoint_id, r.limit_value, r.deadband, r.on_delay_s, r.max_per_minute,
                           r.max_age_s, r.expected, r.tolerance, r.enabled, r.off_delay_s, s.code, r.suppress_below,
                           case when r.shelved_until > now() then r.shelved_until end, r.out_of_service_reason
                    from alarm_rule r left join point p on p.id = r.point_id left join point s on s.id = r.suppress_point_id
                    where r.city_code = ? and r.kind <> 'EVENT' order by r.name""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Timestamp shelved = rs.getTimestamp(18);
                        rules.add(new RuleSummary(rs.getLong(1), rs.getString(2), Priority.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), (Double) rs.getObject(7), rs.getDouble(8), rs.getInt(9), (Double) rs.getObject(10),
                                (Integer) rs.getObject(11), (Double) rs.getObject(12), (Double) rs.getObject(13), rs.getBoolean(14), rs.getInt(15),
                                rs.getString(16), (Double) rs.getObject(17), shelved == null ? null : shelved.toInstant(), rs.getString(19)));
                    }
                }
            }
            return rules;
        });
    }

    /** A city administrator adds a rule; the monitor starts watching it within a second or so. */
    public long createRule(String city, NewRule r) {
        currentUser.require(Role.CITY_ADMIN, city);
        long id = jdbc(db -> {
            Integer point = checked(db, city, r);
            try (PreparedStatement st = db.prepareStatement("""
                    insert into alarm_rule (city_code, name, priority, kind, point_id, endpoint_id, limit_value, deadband, on_delay_s, max_per_minute,
                                            max_age_s, expected, tolerance, off_delay_s, suppress_point_id, suppress_below)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                st.setString(1, city);
                settings(st, 2, r, point, suppressPoint(db, city, r));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw duplicateName(e, r);
            }
        });
        audit.record(city, "alarm-rule.created", "alarm-rule/" + id, null, r.name() + " (" + r.kind() + ")");
        rulesChanged.fire(new Alarms.RulesChanged(city));
        return id;
    }

    /** A city administrator changes a rule; its open alarm, if any, goes on until the new settings clear it. */
    public void updateRule(long id, NewRule r) {
        String city = ruleCity(id);
        currentUser.require(Role.CITY_ADMIN, city);
        jdbc(db -> {
            Integer point = checked(db, city, r);
            try (PreparedStatement st = db.prepareStatement("""
                    update alarm_rule set name = ?, priority = ?, kind = ?, point_id = ?, endpoint_id = ?, limit_value = ?, deadband = ?,
                        on_delay_s = ?, max_per_minute = ?, max_age_s = ?, expected = ?, tolerance = ?, off_delay_s = ?, suppress_point_id = ?,
                        suppress_below = ? where id = ? and kind <> 'EVENT'""")) {
                int next = settings(st, 1, r, point, suppressPoint(db, city, r));
                st.setLong(next, id);
                st.executeUpdate();
            } catch (SQLException e) {
                throw duplicateName(e, r);
            }
            return null;
        });
        audit.record(city, "alarm-rule.changed", "alarm-rule/" + id, null, r.name() + " (" + r.kind() + ")");
        rulesChanged.fire(new Alarms.RulesChanged(city));
    }

    /**
     * Takes a rule out of service, with the reason (its open alarm ends as removed from service,
     * not as cleared: ISA-18.2), or puts it back in service (its condition is judged afresh).
     */
    public void setEnabled(long id, boolean enabled, String reason) {
        String city = ruleCity(id);
        currentUser.require(Role.CITY_ADMIN, city);
        require(enabled || text(reason), "reason", Message.of("alarmRule.refused.outOfServiceWhy"));
        jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("update alarm_rule set enabled = ?, out_of_service_reason = ? where id = ?")) {
                st.setBoolean(1, enabled);
                st.setString(2, enabled ? null : reason.trim());
                st.setLong(3, id);
                st.executeUpdate();
            }
            if (!enabled) {
                AlarmRows.removeFromService(db, AlarmRules.byId(db, id).orElseThrow(), currentUser.username(), reason.trim(), Instant.now());
            }
            return null;
        });
        audit.record(city, enabled ? "alarm-rule.in-service" : "alarm-rule.out-of-service", "alarm-rule/" + id, null, enabled ? null : reason.trim());
        rulesChanged.fire(new Alarms.RulesChanged(city));
        alarmChanged.fire(new Alarms.AlarmChanged(city));
    }


    private String ruleCity(long id) {
        return jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("select city_code from alarm_rule where id = ? and kind <> 'EVENT'")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFound("No alarm rule " + id + " in your cities.");
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** Checks a rule's fields for its kind; returns the id of the point it watches (null for communication loss). */
    private static Integer checked(Connection db, String city, NewRule r) throws SQLException {
        require(r != null && text(r.name()), "name", Message.of("alarmRule.refused.name"));
        require(Priority.named(r.priority()), "priority", Message.of("field.oneOf", "CRITICAL, HIGH, MEDIUM, LOW"));
        RuleKind kind = RuleKind.configurable(r.kind()).orElse(null);
        require(kind != null, "kind", Message.of("field.oneOf", String.join(", ", RuleKind.configurable().stream().map(Enum::name).toList())));
        boolean onEndpoint = kind.watchesEndpoint();
        require(onEndpoint ? text(r.endpoint()) : text(r.point()), onEndpoint ? "endpoint" : "point",
                Message.of(onEndpoint ? "alarmRule.refused.endpoint" : "alarmRule.refused.point"));
        switch (kind) {
            case HIGH_LIMIT, LOW_LIMIT -> require(r.limit() != null, "limit", Message.of("alarmRule.refused.limit"));
            case RATE_OF_CHANGE -> require(r.maxPerMinute() != null && r.maxPerMinute() > 0, "maxPerMinute", Message.of("alarmRule.refused.rate"));
            case STALE -> require(r.maxAgeSeconds() != null && r.maxAgeSeconds() >= 1, "maxAgeSeconds", Message.of("alarmRule.refused.maxAge"));
            case DEVIATION -> require(r.expected() != null && r.tolerance() != null && r.tolerance() > 0, "expected/tolerance",
                    Message.of("alarmRule.refused.deviation"));
            default -> {
            }
        }
        require(r.deadband() == null || r.deadband() >= 0, "deadband", Message.of("field.zeroOrMore"));
        require(r.onDelaySeconds() == null || r.onDelaySeconds() >= 0, "onDelaySeconds", Message.of("field.zeroOrMore"));
        require(r.offDelaySeconds() == null || r.offDelaySeconds() >= 0, "offDelaySeconds", Message.of("field.zeroOrMore"));
        require(kind != RuleKind.DEVIATION || r.deadband() == null || r.deadband() < r.tolerance(), "deadband",
                Message.of("alarmRule.refused.deadband"));
        return onEndpoint ? null : pointId(db, city, r.point(), "point");
    }

    /** The id of one of the city's points by its code; refused, naming the field, when it is not one. */
    private static int pointId(Connection db, String city, String code, String field) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select id from point where city_code = ? and code = ?")) {
            st.setString(1, city);
            st.setString(2, code.trim());
            try (ResultSet rs = st.executeQuery()) {
                require(rs.next(), field, Message.of("field.notAPoint", code, city));
                return rs.getInt(1);
            }
        }
    }

    /** The point whose value suppresses the rule by design, checked; null when the rule has none. */
    private static Integer suppressPoint(Connection db, String city, NewRule r) throws SQLException {
        boolean given = text(r.suppressPoint());
        require(given == (r.suppressBelow() != null), "suppressPoint/suppressBelow", Message.of("alarmRule.refused.suppress"));
        return given ? pointId(db, city, r.suppressPoint(), "suppressPoint") : null;
    }

    /** Sets a rule's columns from name to suppress_below, starting at parameter {@code from}; returns the next parameter's index. */
    private static int settings(PreparedStatement st, int from, NewRule r, Integer point, Integer suppressPoint) throws SQLException {
        boolean onEndpoint = point == null;
        st.setString(from, r.name().trim());
        st.setString(from + 1, r.priority());
        st.setString(from + 2, r.kind());
        st.setObject(from + 3, point);
        st.setString(from + 4, onEndpoint ? r.endpoint().trim() : null);
        st.setObject(from + 5, r.limit());
        st.setDouble(from + 6, r.deadband() == null ? 0 : r.deadband());
        st.setInt(from + 7, r.onDelaySeconds() == null ? 0 : r.onDelaySeconds());
        st.setObject(from + 8, r.maxPerMinute());
        st.setObject(from + 9, r.maxAgeSeconds());
        st.setObject(from + 10, r.expected());
        st.setObject(from + 11, r.tolerance());
        st.setInt(from + 12, r.offDelaySeconds() == null ? 0 : r.offDelaySeconds());
        st.setObject(from + 13, suppressPoint);
        st.setObject(from + 14, suppressPoint == null ? null : r.suppressBelow());
        return from + 15;
    }

    private static RuntimeException duplicateName(SQLException e, NewRule r) {
        return "23505".equals(e.getSQLState())
                ? new Refusal("field.expected", "name", Message.of("alarmRule.refused.nameTaken", r.name().trim()))

                : new IllegalStateException(e);
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
