package eu.sharingcities.partners.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Keeps what is published findable: an entry per language a text is written in, its title weighted
 * above its body, each in the dictionary of its language ({@code platform_search_config},
 * migrations/V40): Italian, Portuguese, French and English stems; Bulgarian and Polish words as written.
 */
public final class SearchIndex {

    /** A text in one language: its title and body. */
    public record Text(String title, String body) {
    }

    private SearchIndex() {
    }

    /** Replaces the entries of {@code kind}/{@code ref} with one per language of {@code texts}. */
    public static void put(Connection db, String kind, String ref, Map<String, Text> texts, List<String> cities, List<String> competences, String type)
            throws SQLException {
        remove(db, kind, ref);
        try (PreparedStatement st = db.prepareStatement("""
                insert into partner_search (kind, ref, language, title, cities, competences, type, document)
                values (?, ?, ?, ?, ?, ?, ?, setweight(to_tsvector(platform_search_config(?), ?), 'A')
                                           || setweight(to_tsvector(platform_search_config(?), ?), 'B'))""")) {
            for (Map.Entry<String, Text> text : texts.entrySet()) {
                int i = 0;
                st.setString(++i, kind);
                st.setString(++i, ref);
                st.setString(++i, text.getKey());
                st.setString(++i, text.getValue().title());
                st.setArray(++i, db.createArrayOf("text", cities.toArray()));
                st.setArray(++i, db.createArrayOf("text", competences.toArray()));
                st.setString(++i, type);
                st.setString(++i, text.getKey());
                st.setString(++i, text.getValue().title());
                st.setString(++i, text.getKey());
                st.setString(++i, text.getValue().body());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    public static void remove(Connection db, String kind, String ref) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from partner_search where kind = ? and ref = ?")) {
            st.setString(1, kind);
            st.setString(2, ref);
            st.executeUpdate();
        }
    }
}
