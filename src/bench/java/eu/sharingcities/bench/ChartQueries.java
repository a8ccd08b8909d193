package eu.sharingcities.bench;

import eu.sharingcities.launcher.EmbeddedDatabase;
import eu.sharingcities.telemetry.Resolution;
import eu.sharingcities.telemetry.Telemetry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * (4) Chart queries after a year of 15-minute data for 1,000 points is loaded (as rollups, which
 * is what charts read), with their p50/p95 over 200 runs each on random points or districts.
 */
final class ChartQueries {

    private static final int POINTS = 1_000;
    private static final int FIRST_ID = 1_000_001;
    private static final int RUNS = 200;
    /** What a district chart asks: the sum of its points' means per bucket. */
    private static final String DISTRICT_SERIES = """
            select bucket, sum(total / samples) from reading_rollup
            where resolution = ?1 and point_id = any(?2) and bucket >= ?3 and bucket < ?4 group by bucket order by bucket""";

    /** The same district from its own rollup (migrations/V26), as SEMS's load chart reads it. */
    private static final String GROUP_SERIES = """
            select bucket, value from group_rollup where resolution = ?1 and group_id = ?2 and bucket >= ?3 and bucket < ?4 order by bucket""";
    /** Districts of 100 points given a group rollup, one in every GROUP_STRIDE points. */
    private static final int GROUPS = 5;
    private static final int GROUP_STRIDE = POINTS / GROUPS;

    private ChartQueries() {
    }

    static List<String> run(EmbeddedDatabase db) throws Exception {
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant from = to.minus(Duration.ofDays(365));
        long loadStart = System.nanoTime();
        load(db, from, to);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long rows = IngestBench.longQuery(db, "select count(*) from reading_rollup");
        Resolution chart = Resolution.forRange(Duration.between(from, to));

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Chart queries (4): a year of 15-minute data for %,d points loaded as rollups (%,d rows, %.0f s), "
                + "%d runs each on random points:", POINTS, rows, loadSeconds, RUNS));
        lines.add("");
        lines.add("| query | rows returned | p50 ms | p95 ms | target |");
        lines.add("|---|---|---|---|---|");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            lines.add(time(c, "one point, one year, as the portal charts it (" + chart.rollup() + ")", Telemetry.ROLLUP_SERIES, A_POINT, chart, from, to));
            lines.add(time(c, "one point, one year, every 15-minute value", Telemetry.ROLLUP_SERIES, A_POINT, Resolution.MINUTES_15, from, to));
            lines.add(time(c, "district of 100 points, one year (" + chart.rollup() + ")", DISTRICT_SERIES, A_DISTRICTS_POINTS, chart, from, to));
            lines.add(time(c, "district of 100 points, one year, hourly, summed from its points", DISTRICT_SERIES, A_DISTRICTS_POINTS,
                    Resolution.HOUR, from, to));
            lines.add(time(c, "district of 100 points, one year, hourly, from its own rollup", GROUP_SERIES, A_DISTRICTS_GROUP, Resolution.HOUR,
                    from, to));
        }
        return lines;
    }

    private static void load(EmbeddedDatabase db, Instant from, Instant to) throws Exception {
        String range = "timestamptz '" + from + "', timestamptz '" + to + "' - interval '15 minutes'";
        IngestBench.sql(db, "alter table reading_rollup drop constraint reading_rollup_pkey");
        IngestBench.sql(db, """
                insert into reading_rollup (resolution, point_id, bucket, samples, total, minimum, maximum, last_value, last_time)
                select '15min', %d + p, b, 9, 9 * v, v - 1, v + 1, v, b + interval '14 minutes'
                from generate_series(0, %d) p, generate_series(%s, interval '15 minutes') b,
                     lateral (select 20 + 10 * sin(extract(epoch from b) / 86400 * 2 * pi()) + p %% 7 as v) x"""
                .formatted(FIRST_ID, POINTS - 1, range));
        for (String[] coarser : new String[][]{{"hour", "date_bin('1 hour', bucket, timestamptz '2000-01-01')"}, {"day", "date_trunc('day', bucket)"}}) {
            IngestBench.sql(db, """
                    insert into reading_rollup (resolution, point_id, bucket, samples, total, minimum, maximum, last_value, last_time)
                    select '%s', point_id, %s, sum(samples), sum(total), min(minimum), max(maximum), max(last_value), max(last_time)
                    from reading_rollup where resolution = '15min' group by point_id, 3""".formatted(coarser[0], coarser[1]));
        }
        IngestBench.sql(db, "alter table reading_rollup add primary key (resolution, point_id, bucket)");
        IngestBench.sql(db, "vacuum analyze reading_rollup");
        // districts as SEMS keeps them: point groups whose rollup is built from their members' (as after a demo's history is loaded)
        IngestBench.sql(db, """
                set platform.cities = '*';
                insert into point (id, city_code, code, endpoint_id, node, unit)
                select %d + p, 'warsaw', 'chart.p' || p, 'chart', 'nsu=urn:chart;s=' || p, 'kW' from generate_series(0, %d) p;
                insert into point_group (id, city_code, name) select g, 'warsaw', 'district ' || g from generate_series(1, %d) g;
                insert into point_group_member (group_id, point_id, city_code)
                select g, %d + (g - 1) * %d + i, 'warsaw' from generate_series(1, %d) g, generate_series(0, 99) i;
                select platform_refresh_group_rollup(g) from generate_series(1, %d) g""".formatted(FIRST_ID, POINTS - 1, GROUPS, FIRST_ID,
                GROUP_STRIDE, GROUPS, GROUPS));
        IngestBench.sql(db, "vacuum analyze group_rollup");
    }

    /** What a query is asked about in a run (its second parameter): a point, a district's points, a district's group. */
    @FunctionalInterface
    private interface Subject {
        void bind(PreparedStatement query, Connection c, Random random) throws java.sql.SQLException;
    }

    private static final Subject A_POINT = (query, c, random) -> query.setInt(2, FIRST_ID + random.nextInt(POINTS));
    private static final Subject A_DISTRICTS_POINTS = (query, c, random) -> {
        int first = FIRST_ID + random.nextInt(POINTS - 100);
        Integer[] ids = new Integer[100];
        Arrays.setAll(ids, i -> first + i);
        query.setArray(2, c.createArrayOf("integer", ids));
    };
    private static final Subject A_DISTRICTS_GROUP = (query, c, random) -> query.setInt(2, 1 + random.nextInt(GROUPS));

    private static String time(Connection c, String name, String sql, Subject subject, Resolution resolution, Instant from, Instant to)
            throws Exception {
        Random random = new Random(42);
        long[] nanos = new long[RUNS];
        long returned = 0;
        try (PreparedStatement query = c.prepareStatement(sql.replaceAll("\\?\\d", "?"))) {
            for (int run = 0; run < RUNS; run++) {
                query.setString(1, resolution.rollup());
                subject.bind(query, c, random);
                query.setTimestamp(3, Timestamp.from(from));
                query.setTimestamp(4, Timestamp.from(to));
                long start = System.nanoTime();
                long n = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getDouble(2);
                        n++;
                    }
                }
                nanos[run] = System.nanoTime() - start;
                returned = n;
            }
        }
        Arrays.sort(nanos);
        double p50 = nanos[RUNS / 2] / 1e6, p95 = nanos[(int) (RUNS * 0.95)] / 1e6;
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %s |", name, returned, p50, p95, p95 < 100 ? "< 100 ms: met" : "< 100 ms: NOT met");
    }
}
