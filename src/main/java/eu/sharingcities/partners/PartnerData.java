package eu.sharingcities.partners;

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
import java.util.Map;
import java.util.Optional;

/** The partner portal's tables in SQL, on the caller's connection; profiles as JSON. */
public final class PartnerData {

    private static final Jsonb JSON = JsonbBuilder.create();

    private PartnerData() {
    }

    static List<PartnerOrganisation> organisations(Connection db) throws SQLException {
        return query(db, "select code, published::text, published_at, draft::text, draft_state, review_note from partner_organisation order by code",
                null);
    }

    static Optional<PartnerOrganisation> organisation(Connection db, String code) throws SQLException {
        return query(db, """
                select code, published::text, published_at, draft::text, draft_state, review_note from partner_organisation where code = ?""", code)
                .stream().findFirst();
    }

    private static List<PartnerOrganisation> query(Connection db, String sql, String code) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            if (code != null) {
                st.setString(1, code);
            }
            List<PartnerOrganisation> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3);
                    all.add(new PartnerOrganisation(rs.getString(1), profile(rs.getString(2)), at == null ? null : at.toInstant(),
                            profile(rs.getString(4)), rs.getString(5), rs.getString(6)));
                }
            }
            return all;
        }
    }

    static void create(Connection db, String code, OrganisationProfile draft) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into partner_organisation (code, draft) values (?, ?::jsonb)")) {
            st.setString(1, code);
            st.setString(2, JSON.toJson(draft));
            st.executeUpdate();
        }
    }

    /** Replaces the draft; it is being edited again (a submitted draft that changes goes back to its partner's hands). */
    static void saveDraft(Connection db, String code, OrganisationProfile draft) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                update partner_organisation set draft = ?::jsonb, draft_state = 'editing', updated_at = now() where code = ?""")) {
            st.setString(1, JSON.toJson(draft));
            st.setString(2, code);
            st.executeUpdate();
        }
    }

    static void setState(Connection db, String code, String state, String note) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("update partner_organisation set draft_state = ?, review_note = ?, updated_at = now() where code = ?")) {
            st.setString(1, state);
            st.setString(2, note);
            st.setString(3, code);
            st.executeUpdate();
        }
    }

    /** The draft becomes what everyone sees, and what the search finds. */
    static void publish(Connection db, String code, String by) throws SQLException {
        Optional<PartnerOrganisation> organisation = organisation(db, code);
        if (organisation.isPresent()) {
            index(db, code, organisation.get().draft());
        }
        try (PreparedStatement st = db.prepareStatement("""
                update partner_organisation set published = draft, published_at = now(), published_by = ?, draft_state = 'editing',
                       review_note = null, updated_at = now() where code = ?""")) {
            st.setString(1, by);
            st.setString(2, code);
            st.executeUpdate();
        }
    }

    static List<Competence> competences(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select code, names::text, position, retired from competence order by position, code");
             ResultSet rs = st.executeQuery()) {
            List<Competence> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new Competence(rs.getString(1), names(rs.getString(2)), rs.getInt(3), rs.getBoolean(4)));
            }
            return all;
        }
    }

    static void saveCompetence(Connection db, Competence c) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into competence (code, names, position, retired) values (?, ?::jsonb, ?, ?)
                on conflict (code) do update set names = excluded.names, position = excluded.position, retired = excluded.retired""")) {
            st.setString(1, c.code());
            st.setString(2, JSON.toJson(c.names()));
            st.setInt(3, c.position());
            st.setBoolean(4, c.retired());
            st.executeUpdate();
        }
    }

    /** Makes a published organisation findable: its name with its description in each language (English where it wrote none). */
    static void index(Connection db, String code, OrganisationProfile p) throws SQLException {
        Map<String, SearchIndex.Text> texts = new java.util.LinkedHashMap<>();
        p.description().forEach((language, text) -> texts.put(language, new SearchIndex.Text(p.name(), text)));
        if (texts.isEmpty()) {
            texts.put("en", new SearchIndex.Text(p.name(), ""));
        }
        SearchIndex.put(db, "organisation", code, texts, p.cities(), p.competences(), p.type().name());
    }

    /** Makes every published organisation findable again (the demo publishes its own directly). */
    public static void indexPublished(Connection db) throws SQLException {
        for (PartnerOrganisation o : organisations(db)) {
            if (o.published() != null) {
                index(db, o.code(), o.published());
            }
        }
    }

    static String json(Object value) {
        return JSON.toJson(value);
    }

    private static OrganisationProfile profile(String json) {
        return json == null ? null : JSON.fromJson(json, OrganisationProfile.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> names(String json) {
        return JSON.fromJson(json, Map.class);
    }
}
