package eu.sharingcities.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts a benchmark's latest result into docs/benchmarks.md, between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
final class BenchmarksDoc {

    private BenchmarksDoc() {
    }

    static void replaceSection(Path doc, String name, String content) throws IOException {
        String start = "<!-- " + name + ":start -->", end = "<!-- " + name + ":end -->";
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        int from = text.indexOf(start), to = text.indexOf(end);
        String section = start + "\n" + content.strip() + "\n" + end;
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length()) : text + "\n" + section + "\n";
        Files.writeString(doc, text);
        System.out.println("written to " + doc.toAbsolutePath() + " (section " + name + ")");
    }
}
