package eu.sharingcities.bench;

/** {@code ./run bench <name>}: runs one benchmark and prints its table. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "" : args[0];
        switch (name) {
            case "startup" -> StartupBench.main(args);
            case "ingest" -> IngestBench.main(args);
            case "ingest-writer" -> IngestBenchParts.writer();
            case "ingest-charts" -> IngestBenchParts.charts();
            case "mv" -> MvBench.main(args);
            case "sems" -> SemsBench.main(args);
            case "rest" -> RestBench.main(args);
            case "scada" -> ScadaBench.main(args);
            case "lighting" -> LightingBench.main(args);
            case "mobility" -> MobilityBench.main(args);
            default -> {
                System.err.println("Unknown benchmark '" + name + "'. Available: startup, ingest, ingest-writer, ingest-charts, mv, sems, rest, scada, lighting, mobility");
                System.exit(2);
            }
        }
    }
}
