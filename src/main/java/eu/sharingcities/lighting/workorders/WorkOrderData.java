package eu.sharingcities.lighting.workorders;

import eu.sharingcities.alarms.Priority;
import eu.sharingcities.database.CityRows;
import eu.sharingcities.lighting.Lamppost;
import eu.sharingcities.lighting.LightingData;
import eu.sharingcities.lighting.LightingGroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The work-order tables in SQL, on the caller's connection and scope (a contractor's: its own orders only). */
final class WorkOrderData {

    private static final String COLUMNS = """
            select id, lamppost_code, cabinet, street, latitude, longitude, fault, description, priority, status, contractor, due_at, opened_by,
                   opened_at, assigned_at, started_at, fixed_at, verified_at from lighting_work_order""";

    private WorkOrderData() {
    }

    static List<WorkOrder> all(Connection db, String city) throws SQLException {
        return CityRows.of(db, COLUMNS + " where city_code = ? order by status = 'VERIFIED', due_at, id", city, WorkOrderData::order);
    }

    static Optional<WorkOrder> one(Connection db, String city, long id) throws SQLException {
        return all(db, city).stream().filter(o -> o.id() == id).findFirst();
    }

    /** The order not yet verified for a lamppost (or, with a null lamppost, for a cabinet as a whole), if there is one. */
    static Optional<WorkOrder> unfinished(Connection db, String city, String lamppost, String cabinet) throws SQLException {
        return all(db, city).stream().filter(o -> o.status() != WorkOrder.Status.VERIFIED)
                .filter(o -> lamppost != null ? lamppost.equals(o.lamppost()) : o.lamppost() == null && cabinet.equals(o.cabinet())).findFirst();
    }

    /** What an order is for: the lampposts it covers (one, or a cabinet's), and the shortest repair time of their groups. */
    record Target(List<Lamppost> lamps, int repairHours) {
    }

    /** The lamppost {@code lamppost}, or (when null) every lamppost of {@code cabinet}; empty when the city has none such. */
    static Optional<Target> target(Connection db, String city, String lamppost, String cabinet) throws SQLException {
        List<Lamppost> lamps = LightingData.lamps(db, city).stream()
                .filter(l -> lamppost != null ? l.code().equals(lamppost) : l.cabinet().equals(cabinet)).toList();
        if (lamps.isEmpty()) {
            return Optional.empty();
        }
        int hours = LightingData.groups(db, city).stream().filter(g -> lamps.stream().anyMatch(l -> l.group().equals(g.code())))
                .mapToInt(LightingGroup::repairHours).min().orElseThrow();
        return Optional.of(new Target(lamps, hours));
    }

    /** A new order, due {@code repairHours} after it is opened. */
    static long insert(Connection db, String city, String lamppost, Lamppost where, String fault, String description, Priority priority,
                       int repairHours, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into lighting_work_order (city_code, lamppost_code, cabinet, street, latitude, longitude, fault, description, priority,
                                                 due_at, opened_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(hours => ?), ?) returning id""")) {
            int i = 0;
            st.setString(++i, city);
            st.setString(++i, lamppost);
            st.setString(++i, where.cabinet());
            st.setString(++i, lamppost == null ? where.street() + " (cabinet " + where.cabinet() + ")" : where.street());
            st.setDouble(++i, where.latitude());
            st.setDouble(++i, where.longitude());
            st.setString(++i, fault);
            st.setString(++i, description);
            st.setString(++i, priority.name());
            st.setInt(++i, repairHours);
            st.setString(++i, by);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves an order on: its new status, the moment's column set to now, and (when given) its contractor. */
    static void move(Connection db, long id, WorkOrder.Status status, String momentColumn, String contractor) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update lighting_work_order set status = ?, " + momentColumn + " = now()"
                + (contractor == null ? "" : ", contractor = ?") + " where id = ?")) {
            st.setString(1, status.name());
            if (contractor != null) {
                st.setString(2, contractor);
                st.setLong(3, id);
            } else {
                st.setLong(2, id);
            }
            st.executeUpdate();
        }
        if (contractor != null) { // the notes go with the order to its new contractor
            try (PreparedStatement st = db.prepareStatement("update lighting_work_order_note set contractor = ? where work_order_id = ?")) {
                st.setString(1, contractor);
                st.setLong(2, id);
                st.executeUpdate();
            }
        }
    }

    static void note(Connection db, WorkOrder order, String city, String by, String text, byte[] photo, String photoType) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into lighting_work_order_note (work_order_id, city_code, contractor, written_by, text, photo, photo_type)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            st.setLong(1, order.id());
            st.setString(2, city);
            st.setString(3, order.contractor());
            st.setString(4, by);
            st.setString(5, text == null ? "" : text);
            st.setBytes(6, photo);
            st.setString(7, photoType);
            st.executeUpdate();
        }
    }

    static List<WorkOrderNote> notes(Connection db, String city, long orderId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select id, written_by, written_at, text, photo is not null from lighting_work_order_note
                where city_code = ? and work_order_id = ? order by written_at, id""")) {
            st.setString(1, city);
            st.setLong(2, orderId);
            List<WorkOrderNote> notes = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    notes.add(new WorkOrderNote(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBoolean(5)));
                }
            }
            return notes;
        }
    }

    /** A note's photo and its type, when the note is the order's and carries one. */
    static Optional<WorkOrderNote.Photo> photo(Connection db, String city, long orderId, long noteId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select photo, photo_type from lighting_work_order_note
                where city_code = ? and work_order_id = ? and id = ? and photo is not null""")) {
            st.setString(1, city);
            st.setLong(2, orderId);
            st.setLong(3, noteId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new WorkOrderNote.Photo(rs.getBytes(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private static WorkOrder order(ResultSet rs) throws SQLException {
        return new WorkOrder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getString(7),
                rs.getString(8), Priority.valueOf(rs.getString(9)), WorkOrder.Status.valueOf(rs.getString(10)), rs.getString(11),
                instant(rs, 12), rs.getString(13), instant(rs, 14), instant(rs, 15), instant(rs, 16), instant(rs, 17), instant(rs, 18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
