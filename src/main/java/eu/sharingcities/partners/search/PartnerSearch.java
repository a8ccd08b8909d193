package eu.sharingcities.partners.search;

import eu.sharingcities.database.TransactionJdbc;
import eu.sharingcities.text.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Full-text search over the published organisations, results and know-how (public: only what is
 * published is indexed). The words are looked for with each entry's own language's dictionary, so
 * "condominio" finds an Italian text about "condomini"; ranked by PostgreSQL's ts_rank (title above
 * body), filtered by city, competence and kind.
 */
@ApplicationScoped
@Transactional
public class PartnerSearch {

    static final int MAX_HITS = 50;
    private static final Set<String> KINDS = Set.of("organisation", "result", "article", "event");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** A thing found, with its rank. */
    public record Hit(String kind, String ref, String language, String title, double rank) {
    }

    public List<Hit> search(String words, String city, String competence, String kind) {
        if (words == null || words.isBlank() || words.length() > 200) {
            throw new Refusal("search.refused.words");
        }
        if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
            throw new Refusal("search.refused.kind", kind, String.join(", ", KINDS));
        }
        return TransactionJdbc.run(em, db -> {
            try (PreparedStatement st = db.prepareStatement("""
                    select kind, ref, language, title, rank from (
                        select s.kind, s.ref, s.language, s.title,
                               ts_rank(s.document, websearch_to_tsquery(platform_search_config(s.language), ?)) as rank,
                               s.document @@ websearch_to_tsquery(platform_search_config(s.language), ?) as found
                        from partner_search s
                        where (?::text is null or ? = any (s.cities)) and (?::text is null or ? = any (s.competences))
                          and (?::text is null or s.kind = ?)) x
                    where found order by rank desc, title limit ?""")) {
                int i = 0;
                st.setString(++i, words);
                st.setString(++i, words);
                for (String filter : new String[]{blankToNull(city), blankToNull(competence), blankToNull(kind)}) {
                    st.setString(++i, filter);
                    st.setString(++i, filter);
                }
                st.setInt(++i, MAX_HITS);
                List<Hit> hits = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                    }
                }
                return hits;
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
