package eu.sharingcities.alarms;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads the enabled rules of every city as the engine takes them. */
final class AlarmRules {

    private AlarmRules() {
    }

    /** Endpoints are named {@code city/endpoint} in the engine: every city's configuration may have its own "simulator". */
    static String endpointKey(String city, String endpoint) {
        return city + "/" + endpoint;
    }

    static List<AlarmRule> enabled(Connection db) throws SQLException {
        return select(db, "r.enabled and r.kind <> 'EVENT'", null);
    }

    /** The rules whose alarm is open and active. */
    static java.util.Set<Long> withActiveAlarm(Connection db) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (var st = db.createStatement();
             ResultSet rs = st.executeQuery("select rule_id from alarm where state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED')")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A rule by id, enabled or not; empty when it is not in the caller's cities. */
    static java.util.Optional<AlarmRule> byId(Connection db, long ruleId) throws SQLException {
        return select(db, "r.id = ?", ruleId).stream().findFirst();
    }

    /** Of these rules, those shelved now: their changes are stored but not e-mailed. */
    static java.util.Set<Long> shelvedNow(Connection db, java.util.Collection<Long> ruleIds) throws SQLException {
        java.util.Set<Long> shelved = new java.util.HashSet<>();
        if (ruleIds.isEmpty()) {
            return shelved;
        }
        try (var st = db.prepareStatement("select id from alarm_rule where id = any(?) and shelved_until > now()")) {
            st.setArray(1, db.createArrayOf("bigint", ruleIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    shelved.add(rs.getLong(1));
                }
            }
        }
        return shelved;
    }

    /** The rule of an alarm, enabled or not; empty when it is not in the caller's cities. */
    static java.util.Optional<AlarmRule> ofAlarm(Connection db, long alarmId) throws SQLException {
        return select(db, "r.id = (select rule_id from alarm where id = ?)", alarmId).stream().findFirst();
    }

    private static List<AlarmRule> select(Connection db, String where, Long parameter) throws SQLException {
        List<AlarmRule> rules = new ArrayList<>();
        try (var st = db.prepareStatement("""
                select r.id, r.city_code, r.name, r.priority, r.kind, r.point_id, coalesce(r.endpoint_id, p.endpoint_id), r.limit_value,
                       r.deadband, r.on_delay_s, r.max_per_minute, r.max_age_s, r.expected, r.tolerance, r.off_delay_s, r.suppress_point_id,
                       r.suppress_below, s.code
                from alarm_rule r left join point p on p.id = r.point_id left join point s on s.id = r.suppress_point_id
                where\s""" + where + " order by r.id")) {
            if (parameter != null) {
                st.setLong(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String city = rs.getString(2);
                    String endpoint = rs.getString(7);
                    Integer suppressPoint = (Integer) rs.getObject(16);
                    rules.add(new AlarmRule(rs.getLong(1), city, rs.getString(3), Priority.valueOf(rs.getString(4)), condition(rs),
                            (Integer) rs.getObject(6), endpoint == null ? null : endpointKey(city, endpoint),
                            suppressPoint == null ? null : new AlarmRule.Suppression(suppressPoint, rs.getDouble(17), rs.getString(18))));
                }
            }
        }
        return rules;
    }

    private static Condition condition(ResultSet rs) throws SQLException {
        Duration onDelay = Duration.ofSeconds(rs.getInt(10));
        Duration offDelay = Duration.ofSeconds(rs.getInt(15));
        return switch (RuleKind.valueOf(rs.getString(5))) {
            case HIGH_LIMIT -> new Condition.Threshold(true, rs.getDouble(8), rs.getDouble(9), onDelay, offDelay);
            case LOW_LIMIT -> new Condition.Threshold(false, rs.getDouble(8), rs.getDouble(9), onDelay, offDelay);
            case RATE_OF_CHANGE -> new Condition.RateOfChange(rs.getDouble(11));
            case STALE -> new Condition.Stale(Duration.ofSeconds(rs.getInt(12)));
            case COMMUNICATION_LOSS -> new Condition.CommunicationLoss(onDelay);
            case DEVIATION -> new Condition.Deviation(rs.getDouble(13), rs.getDouble(14), rs.getDouble(9), onDelay, offDelay);
            case EVENT -> new Condition.Event();
        };
    }
}
