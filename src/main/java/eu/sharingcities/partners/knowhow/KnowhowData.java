package eu.sharingcities.partners.knowhow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles and their versions in SQL, on the caller's connection. */
final class KnowhowData {

    /** An article's row, before its versions are read. */
    record Row(long id, String organisation, String language, int version, String state, String reviewer, Integer publishedVersion) {
    }

    private KnowhowData() {
    }

    static List<Row> rows(Connection db, Long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select id, organisation, language, version, state, reviewer, published_version from knowhow_article
                where ?::bigint is null or id = ? order by id""")) {
            st.setObject(1, id);
            st.setObject(2, id);
            List<Row> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            (Integer) rs.getObject(7)));
                }
            }
            return all;
        }
    }

    static Optional<Row> row(Connection db, long id) throws SQLException {
        return rows(db, id).stream().findFirst();
    }

    static long create(Connection db, String organisation, String language) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("insert into knowhow_article (organisation, language, version) values (?, ?, 0) returning id")) {
            st.setString(1, organisation);
            st.setString(2, language);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Keeps a new version and makes it the draft; the article is a draft again. */
    static void addVersion(Connection db, long id, String title, String body, String author) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                with next as (update knowhow_article set version = version + 1, state = 'draft', updated_at = now() where id = ? returning version)
                insert into knowhow_version (article_id, version, title, body, author) select ?, version, ?, ?, ? from next""")) {
            st.setLong(1, id);
            st.setLong(2, id);
            st.setString(3, title);
            st.setString(4, body);
            st.setString(5, author);
            st.executeUpdate();
        }
    }

    static void setState(Connection db, long id, String state, String reviewer, boolean publish) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                update knowhow_article set state = ?, reviewer = coalesce(?, reviewer),
                       published_version = case when ? then version else published_version end, updated_at = now() where id = ?""")) {
            st.setString(1, state);
            st.setString(2, reviewer);
            st.setBoolean(3, publish);
            st.setLong(4, id);
            st.executeUpdate();
        }
    }

    static List<ArticleVersion> versions(Connection db, long id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "select version, title, body, author, created_at from knowhow_version where article_id = ? order by version")) {
            st.setLong(1, id);
            List<ArticleVersion> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new ArticleVersion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return all;
        }
    }
}
