package eu.sharingcities.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The simulator in a JVM of its own, as {@code ./run simulator} runs it, so a test can kill it like a controller losing power. */
public final class SimulatorProcess implements AutoCloseable {

    private final Process process;

    private SimulatorProcess(Process process) {
        this.process = process;
    }

    /** Starts it with these command-line options and waits until it serves. */
    public static SimulatorProcess start(String password, Path log, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "eu.sharingcities.simulator.Simulator"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SIMULATOR_PASSWORD", password);
        Process process = builder.start();
        CompletableFuture<Boolean> running = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("simulator-output").start(() -> copyOutput(process, log, running));
        try {
            if (!running.get(60, TimeUnit.SECONDS)) {
                throw new IOException("the simulator process ended before serving; see " + log);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("the simulator process did not start within 60 s; see " + log, e);
        }
        return new SimulatorProcess(process);
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<Boolean> running) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var file = java.nio.file.Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            for (String line; (line = out.readLine()) != null; ) {
                file.write(line);
                file.newLine();
                file.flush();
                if (line.startsWith("Simulator running")) {
                    running.complete(true);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        running.complete(false);
    }

    /** SIGKILL: no shutdown hook runs, sockets are dropped by the kernel. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
