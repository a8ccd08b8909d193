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

    static List<Attachment> attachments(Connection db, long article) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                select name, content_type, size, uploaded_by, uploaded_at from knowhow_attachment where article_id = ? order by name""")) {
            st.setLong(1, article);
            List<Attachment> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Attachment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return all;
        }
    }

    static Optional<byte[]> content(Connection db, long article, String name) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select content from knowhow_attachment where article_id = ? and name = ?")) {
            st.setLong(1, article);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Adds an attachment or replaces the one of that name. */
    static void putAttachment(Connection db, long article, String name, String type, byte[] content, String by) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                insert into knowhow_attachment (article_id, name, content_type, content, size, uploaded_by) values (?, ?, ?, ?, ?, ?)
                on conflict (article_id, name) do update set content_type = excluded.content_type, content = excluded.content, size = excluded.size,
                    uploaded_by = excluded.uploaded_by, uploaded_at = now()""")) {
            st.setLong(1, article);
            st.setString(2, name);
            st.setString(3, type);
            st.setBytes(4, content);
            st.setInt(5, content.length);
            st.setString(6, by);
            st.executeUpdate();
        }
    }

    static boolean deleteAttachment(Connection db, long article, String name) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("delete from knowhow_attachment where article_id = ? and name = ?")) {
            st.setLong(1, article);
            st.setString(2, name);
            return st.executeUpdate() == 1;
        }
    }
}
