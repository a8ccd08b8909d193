package eu.sharingcities.bench;

import eu.sharingcities.launcher.EmbeddedDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

/** Parts of {@link IngestBench} on their own, for working on one thing: they print, and write nothing to docs/benchmarks.md. */
final class IngestBenchParts {

    private IngestBenchParts() {
    }

    /** Parts 1 and 2 only (about a minute): for working on the writer. Prints, writes nothing. */
    static void writer() throws Exception {
        Path work = Files.createTempDirectory("ingest-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), IngestBench.freePort(), work.resolve("pg.log"))) {
            int firstPoint = IngestBench.prepare(db);
            double copyRate = IngestBench.baselineCopy(db, firstPoint);
            IngestBench.sql(db, "truncate reading");
            double writerRate = IngestBench.writerFromMemory(db, firstPoint);
            System.out.println(IngestBench.HEADER);
            System.out.println(IngestBench.row("1. baseline: binary COPY into reading", "-", copyRate, "-", "-", "-", "-", "-", 1.0));
            System.out.println(IngestBench.row("2. the writer fed from memory", "-", writerRate, "-", "-", "-", "-", "-", writerRate / copyRate));
        }
    }


    /** Part 4 only (about six minutes): the chart queries after a year of rollups is loaded. */
    static void charts() throws Exception {
        Path work = Files.createTempDirectory("ingest-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(work.resolve("pg"), IngestBench.freePort(), work.resolve("pg.log"))) {
            IngestBench.prepare(db);
            ChartQueries.run(db).forEach(System.out::println);
        }
    }
}
