package eu.sharingcities.bench;

/** A child process stopped when the benchmark ends. */
record AutoCloseableProcess(Process process) implements AutoCloseable {
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
