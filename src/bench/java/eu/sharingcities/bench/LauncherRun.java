package eu.sharingcities.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ./run}'s launcher as a child process on its own ports and data folder, from start until it says it is ready. */
final class LauncherRun implements AutoCloseable {

    final Process process;

    private LauncherRun(Process process) {
        this.process = process;
    }

    /** Returns once the launcher printed that the platform is ready; its output is read on until it ends. */
    static LauncherRun startUntilReady(Path root, Path data, int port, int pgPort, Map<String, String> environment) throws IOException {
        String classpath = root.resolve("target/classes") + File.pathSeparator + Files.readString(root.resolve("target/launcher.classpath")).trim();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplatform.root=" + root, "-cp", classpath, "eu.sharingcities.launcher.Launcher").redirectErrorStream(true);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("PG_PORT", Integer.toString(pgPort));
        builder.environment().put("PLATFORM_DATA", data.toString());
        builder.environment().remove("DB_URL");
        builder.environment().putAll(environment);
        LauncherRun run = new LauncherRun(builder.start());
        BufferedReader out = new BufferedReader(new InputStreamReader(run.process.getInputStream()));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("is ready after")) {
                Thread.ofPlatform().daemon().start(() -> drain(out)); // a full pipe would block the launcher
                return run;
            }
            if (line.contains("Cannot start") || line.contains("did not become ready")) {
                run.close();
                throw new IllegalStateException("the launcher failed: " + line + " (log in " + data.resolve("logs") + ")");
            }
        }
        run.close();
        throw new IllegalStateException("the launcher ended before it was ready");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the launcher's log is in its data folder
            }
        } catch (IOException closed) {
            // the launcher stopped
        }
    }

    /** SIGTERM: the launcher's shutdown hook stops Payara, then PostgreSQL. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
