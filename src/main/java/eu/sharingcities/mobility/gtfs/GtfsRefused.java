package eu.sharingcities.mobility.gtfs;

import java.util.List;

/** A GTFS feed refused whole: each problem with its file, line and fix; nothing of the feed was kept. */
public class GtfsRefused extends IllegalArgumentException {

    private final transient List<String> problems;

    public GtfsRefused(List<String> problems) {
        super("GTFS feed refused, nothing of it was kept: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
