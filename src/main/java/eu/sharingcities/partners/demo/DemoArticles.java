package eu.sharingcities.partners.demo;

import eu.sharingcities.partners.search.SearchIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The demo's published know-how: an Italian article of Energia Condivisa and an English one of Thames Heat, findable. */
final class DemoArticles {

    private record Demo(String organisation, String language, String title, String body, List<String> cities, List<String> competences) {
    }

    private static final List<Demo> ARTICLES = List.of(
            new Demo("energia-condivisa", "it", "Come abbiamo convinto le assemblee condominiali",
                    "Le **assemblee** dei condomini votano la riqualificazione quando vedono i risparmi misurati.\n\n"
                            + "1. Un incontro per scala\n2. I consumi reali, non stime\n3. Il contratto a risparmio condiviso spiegato con un esempio",
                    List.of("milan"), List.of("esco-epc", "citizen-engagement")),
            new Demo("thames-heat", "en", "Licensing a river-source heat pump",
                    "An abstraction licence sets how much **water** a heat pump may take and how much colder it may return it.\n\n"
                            + "Measure both every day: the platform's licence report does.", List.of("london"), List.of("heat-pumps")));

    private DemoArticles() {
    }

    static void register(Connection db) throws SQLException {
        for (Demo d : ARTICLES) {
            long id;
            try (PreparedStatement st = db.prepareStatement("""
                    insert into knowhow_article (organisation, language, version, state, reviewer, published_version)
                    values (?, ?, 1, 'published', 'consortium.admin', 1) returning id""")) {
                st.setString(1, d.organisation());
                st.setString(2, d.language());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement st = db.prepareStatement("insert into knowhow_version (article_id, version, title, body, author) values (?, 1, ?, ?, 'demo')")) {
                st.setLong(1, id);
                st.setString(2, d.title());
                st.setString(3, d.body());
                st.executeUpdate();
            }
            SearchIndex.put(db, "article", String.valueOf(id), Map.of(d.language(), new SearchIndex.Text(d.title(), d.body())), d.cities(),
                    d.competences(), "article");
        }
    }
}
