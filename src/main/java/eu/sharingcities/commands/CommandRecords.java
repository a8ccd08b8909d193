package eu.sharingcities.commands;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.ingest.config.WriteLimits;
import eu.sharingcities.security.CityScoped;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.MessageJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commands as rows, each change in its own short transaction with its audit entry: the wait for a
 * controller's read-back holds no transaction open. Row-level security applies.
 */
@ApplicationScoped
@Transactional
@CityScoped
public class CommandRecords {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditLog audit;

    public Optional<WritablePoint> writablePoint(String city, String code) {
        return jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    select id, city_code, code, endpoint_id, unit, scale, value_offset, write_min, write_max, write_max_step, write_min_interval_s
                    from point where city_code = ? and code = ? and active and write_min is not null""")) {
                st.setString(1, city);
                st.setString(2, code);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(point(rs)) : Optional.<WritablePoint>empty();
                }
            }
        });
    }

    /** The city's points that commands may write, by code. */
    public List<WritablePoint> writablePoints(String city) {
        return jdbc(db -> {
            List<WritablePoint> points = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select id, city_code, code, endpoint_id, unit, scale, value_offset, write_min, write_max, write_max_step, write_min_interval_s
                    from point where city_code = ? and active and write_min is not null order by code""")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        points.add(point(rs));
                    }
                }
            }
            return points;
        });
    }

    /** When the point was last written (commands sent, whatever their outcome); null if never. */
    public Instant lastSent(int pointId) {
        return jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("select max(requested_at) from command where point_id = ? and status <> 'REFUSED'")) {
                st.setInt(1, pointId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    Timestamp at = rs.getTimestamp(1);
                    return at == null ? null : at.toInstant();
                }
            }
        });
    }

    /** Records a command as it starts (SENT) or as it ends before sending (REFUSED, FAILED), and audits it. */
    public long open(WritablePoint point, String by, String reason, Double oldValue, double newValue, CommandStatus status, Message message) {
        long id = jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    insert into command (city_code, point_id, requested_by, reason, old_value, new_value, status, message, why, requested_at, finished_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now(), case when ? then null else now() end) returning id""")) {
                st.setString(1, point.cityCode());
                st.setInt(2, point.id());
                st.setString(3, by);
                st.setString(4, reason);
                st.setObject(5, oldValue);
                st.setDouble(6, newValue);
                st.setString(7, status.name());
                st.setString(8, message.english());
                st.setString(9, MessageJson.write(message));
                st.setBoolean(10, status == CommandStatus.SENT);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        audit.record(point.cityCode(), "command." + status.name().toLowerCase(), "point/" + point.code(),
                oldValue == null ? null : CommandCheck.number(oldValue), CommandCheck.number(newValue) + " by " + by + ": " + reason
                        + (message.english().isEmpty() ? "" : " (" + message.english() + ")"));
        return id;
    }

    /** Ends a sent command with what the controller read back. */
    public void finish(long id, WritablePoint point, CommandStatus status, Double readBack, Message message) {
        jdbc(db -> {
            try (PreparedStatement st = db.prepareStatement(
                    "update command set status = ?, read_back = ?, message = ?, why = ?::jsonb, finished_at = now() where id = ? and status = 'SENT'")) {
                st.setString(1, status.name());
                st.setObject(2, readBack);
                st.setString(3, message.english());
                st.setString(4, MessageJson.write(message));
                st.setLong(5, id);
                st.executeUpdate();
            }
            return null;
        });
        audit.record(point.cityCode(), "command." + status.name().toLowerCase(), "command/" + id, null,
                (readBack == null ? "" : "read back " + CommandCheck.number(readBack)) + (message.english().isEmpty() ? "" : "; " + message.english()));
    }

    public List<Command> latest(String city, int limit) {
        return select("c.city_code = ? order by c.requested_at desc, c.id desc limit ?", city, limit);
    }

    public Optional<Command> find(long id) {
        return select("c.id = ?", id).stream().findFirst();
    }

    private List<Command> select(String where, Object... parameters) {
        return jdbc(db -> {
            List<Command> commands = new ArrayList<>();
            try (PreparedStatement st = db.prepareStatement("""
                    select c.id, c.city_code, p.code, p.unit, c.requested_by, c.reason, c.old_value, c.new_value, c.read_back, c.status, c.message,
                           c.requested_at, c.finished_at, c.why
                    from command c join point p on p.id = c.point_id where\s""" + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    st.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Timestamp finished = rs.getTimestamp(13);
                        commands.add(new Command(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                (Double) rs.getObject(7), rs.getDouble(8), (Double) rs.getObject(9), CommandStatus.valueOf(rs.getString(10)),
                                MessageJson.readOr(rs.getString(14), rs.getString(11)), rs.getTimestamp(12).toInstant(), finished == null ? null : finished.toInstant()));
                    }
                }
            }
            return commands;
        });
    }

    private static WritablePoint point(ResultSet rs) throws SQLException {
        return new WritablePoint(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getDouble(7),
                new WriteLimits(rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), Duration.ofSeconds(rs.getInt(11))));
    }

    private <T> T jdbc(TransactionJdbc.Work<T> work) {
        return TransactionJdbc.run(em, work);
    }
}
