package eu.sharingcities.partners.results;

import eu.sharingcities.partners.search.SearchIndex;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Results and their replication in SQL, on the caller's connection; descriptions as JSON. */
public final class ResultData {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A stored result before its figures are resolved. */
    record Row(long id, String organisation, ResultProfile published, Timestamp publishedAt, ResultProfile draft, String draftState, String note) {
    }

    private ResultData() {
    }

    static List<Row> rows(Connection db, Long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select id, organisation, published::text, published_at, draft::text, draft_state, review_note from partner_result
                where ?::bigint is null or id = ? order by id""")) {
            st.setObject(1, id);
            st.setObject(2, id);
            List<Row> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Row(rs.getLong(1), rs.getString(2), profile(rs.getString(3)), rs.getTimestamp(4), profile(rs.getString(5)),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return all;
        }
    }

    static long create(Connection db, String organisation, ResultProfile draft) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into partner_result (organisation, draft) values (?, ?::jsonb) returning id")) {
            st.setString(1, organisation);
            st.setString(2, JSON.toJson(draft));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void update(Connection db, long id, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_result set " + sql + ", updated_at = now() where id = ?")) {
            int i = 0;
            for (Object value : values) {
                st.setObject(++i, value);
            }
            st.setLong(++i, id);
            st.executeUpdate();
        }
    }

    static List<PartnerResult.Replication> replication(Connection db, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select city_code, status, note from partner_result_interest where result_id = ? order by city_code")) {
            st.setLong(1, id);
            List<PartnerResult.Replication> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new PartnerResult.Replication(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return all;
        }
    }

    static void setInterest(Connection db, long id, String city, String status, String note, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_result_interest (result_id, city_code, status, note, updated_by) values (?, ?, ?, ?, ?)
                on conflict (result_id, city_code) do update set status = excluded.status, note = excluded.note, updated_by = excluded.updated_by,
                    updated_at = now()""")) {
            st.setLong(1, id);
            st.setString(2, city);
            st.setString(3, status);
            st.setString(4, note);
            st.setString(5, by);
            st.executeUpdate();
        }
    }

    /** Makes a published result findable: its title with its summary in each language (English where it wrote none). */
    static void index(Connection db, long id, ResultProfile r) throws SQLException {
        java.util.Map<String, SearchIndex.Text> texts = new java.util.LinkedHashMap<>();
        String canvas = r.businessModel() == null ? "" : " " + String.join(" ", java.util.stream.Stream.of(r.businessModel().valueProposition(),
                r.businessModel().customers(), r.businessModel().channels(), r.businessModel().revenue(), r.businessModel().costs(),
                r.businessModel().keyPartners()).filter(java.util.Objects::nonNull).toList());
        r.summary().forEach((language, text) -> texts.put(language, new SearchIndex.Text(r.title(), text + " " + r.place() + canvas)));
        if (texts.isEmpty()) {
            texts.put("en", new SearchIndex.Text(r.title(), r.place()));
        }
        SearchIndex.put(db, "result", String.valueOf(id), texts, List.of(r.city()), List.of(), "result");
    }

    /** Makes every published result findable again (the demo publishes its own directly). */
    public static void indexPublished(Connection db) throws SQLException {
        for (Row r : rows(db, null)) {
            if (r.published() != null) {
                index(db, r.id(), r.published());
            }
        }
    }

    static String json(Object value) {
        return JSON.toJson(value);
    }

    private static ResultProfile profile(String json) {
        return json == null ? null : JSON.fromJson(json, ResultProfile.class);
    }
}
