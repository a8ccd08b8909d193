package eu.sharingcities.telemetry;

import eu.sharingcities.security.CityScoped;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import eu.sharingcities.text.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static eu.sharingcities.database.SqlValues.instant;

/** Points and readings of the caller's cities (row-level security applies to every query here). */
@ApplicationScoped
@Transactional
@CityScoped
public class Telemetry {

    /** The most raw readings one CSV export holds. */
    public static final int MAX_EXPORT_ROWS = 1_000_000;
    /** A chart's series from one rollup resolution (also timed by {@code ./run bench ingest}). */
    public static final String ROLLUP_SERIES = """
            select bucket, total / samples, minimum, maximum from reading_rollup
            where resolution = ?1 and point_id = ?2 and bucket >= ?3 and bucket < ?4 order by bucket""";
    private static final String POINT_COLUMNS = """
            select p.id, p.city_code, p.code, p.asset, p.role, p.unit, p.endpoint_id, p.active, l.value, l.source_time, l.status,
                   not p.meaning_from_portal and (p.asset <> '' or p.role is not null)
            from point p left join point_latest l on l.point_id = p.id
            """;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Points of a city whose code or asset contains {@code search}, by code, one page. */
    public List<PointSummary> points(String cityCode, String search, int offset, int limit) {
        currentUser.require(Role.VIEWER, cityCode);
        List<Object[]> rows = em.createNativeQuery(POINT_COLUMNS + """
                         where p.city_code = ?1 and (p.code ilike ?2 or p.asset ilike ?2) order by p.code offset ?3 limit ?4""")
                .setParameter(1, cityCode).setParameter(2, "%" + (search == null ? "" : search.trim()) + "%")
                .setParameter(3, offset).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(Telemetry::summary).toList();
    }

    public long countPoints(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return ((Number) em.createNativeQuery("select count(*) from point where city_code = ?1 and active").setParameter(1, cityCode)
                .getSingleResult()).longValue();
    }

    /** Empty when the point does not exist or is in a city the caller may not see. */
    public Optional<PointSummary> point(int id) {
        List<Object[]> rows = em.createNativeQuery(POINT_COLUMNS + " where p.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Telemetry::summary);
    }

    /** Good values of a point over [from, to), from the resolution that fits the range. */
    public List<SeriesPoint> series(int pointId, Instant from, Instant to) {
        Resolution resolution = Resolution.forRange(Duration.between(from, to));
        List<Object[]> rows = resolution == Resolution.RAW
                ? em.createNativeQuery("""
                        select source_time, value, value, value from reading
                        where point_id = ?1 and source_time >= ?2 and source_time < ?3 and reading_is_good(status, value)
                        order by source_time limit 20000""")
                .setParameter(1, pointId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList()
                : em.createNativeQuery(ROLLUP_SERIES)
                .setParameter(1, resolution.rollup()).setParameter(2, pointId).setParameter(3, Timestamp.from(from)).setParameter(4, Timestamp.from(to))
                .getResultList();
        return rows.stream().map(r -> new SeriesPoint(instant(r[0]), num(r[1]), num(r[2]), num(r[3]))).toList();
    }

    /** Writes the raw readings of a point over [from, to) as CSV: source time (UTC, ISO 8601), value, status, quality. */
    public long exportCsv(int pointId, Instant from, Instant to, Writer out) {
        PointSummary point = point(pointId).orElseThrow(() -> new NotFound("No point " + pointId + " in your cities."));
        try {
            out.write("source_time,value,status,quality,point,unit\n");
            long[] written = {0};
            em.createNativeQuery("""
                            select source_time, value, status from reading where point_id = ?1 and source_time >= ?2 and source_time < ?3
                            order by source_time limit ?4""")
                    .setParameter(1, pointId).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).setParameter(4, MAX_EXPORT_ROWS)
                    .getResultStream()
                    .forEach(row -> {
                        Object[] r = (Object[]) row;
                        int status = ((Number) r[2]).intValue();
                        try {
                            out.write(instant(r[0]) + "," + (r[1] == null ? "" : r[1]) + "," + String.format("0x%08X", status) + ","
                                    + PointSummary.Quality.of(status) + "," + point.code() + "," + point.unit() + "\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written[0]++;
                    });
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PointSummary summary(Object[] r) {
        return new PointSummary(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (Boolean) r[7], (Boolean) r[11], r[8] == null ? null : num(r[8]), r[9] == null ? null : instant(r[9]),
                r[10] == null ? null : ((Number) r[10]).intValue());
    }

    private static double num(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

}
