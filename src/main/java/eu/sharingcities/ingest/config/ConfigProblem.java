package eu.sharingcities.ingest.config;

/** One thing wrong in a configuration file: where (file and line) and what to do about it. */
public record ConfigProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
