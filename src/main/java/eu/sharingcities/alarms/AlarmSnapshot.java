package eu.sharingcities.alarms;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.MessageJson;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * An alarm as other doors show it (the SCADA server's alarm conditions): its state, what it says in
 * the city's language, whether its rule is shelved, the point or endpoint it watches, and its last
 * step (who did what, when, with which comment).
 */
public record AlarmSnapshot(long id, String cityCode, Locale cityLocale, String rule, Priority priority, AlarmState state, Instant raisedAt,
                            Message message, boolean shelved, Integer pointId, String endpointId, Alarm.Step last) {

    /**
     * The city's open alarms and, whatever their state now, the alarms {@code alsoIds} names (those
     * the caller still shows, to see them end). Reads every city's rows: the caller scopes the connection.
     */
    public static List<AlarmSnapshot> of(Connection db, String city, Collection<Long> alsoIds) throws SQLException {
        List<AlarmSnapshot> alarms = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                select a.id, a.city_code, c.language, c.country, r.name, r.priority, a.state, a.raised_at, a.message, a.why,
                       coalesce(r.shelved_until > now(), false), r.point_id, r.endpoint_id, s.at, s.what, s.by_user, s.comment
                from alarm a join alarm_rule r on r.id = a.rule_id join city c on c.code = a.city_code
                join lateral (select at, what, by_user, comment from alarm_step where alarm_id = a.id order by at desc limit 1) s on true
                where a.city_code = ? and (a.state in ('ACTIVE_UNACKNOWLEDGED', 'ACTIVE_ACKNOWLEDGED', 'CLEARED_UNACKNOWLEDGED') or a.id = any(?))
                order by a.id""")) {
            Array ids = db.createArrayOf("bigint", alsoIds.toArray());
            st.setString(1, city);
            st.setArray(2, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    alarms.add(new AlarmSnapshot(rs.getLong(1), rs.getString(2), Locale.of(rs.getString(3), rs.getString(4)), rs.getString(5),
                            Priority.valueOf(rs.getString(6)), AlarmState.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                            MessageJson.readOr(rs.getString(10), rs.getString(9)), rs.getBoolean(11), (Integer) rs.getObject(12), rs.getString(13),
                            new Alarm.Step(rs.getTimestamp(14).toInstant(), rs.getString(15), rs.getString(16), rs.getString(17))));
                }
            }
        }
        return alarms;
    }
}
