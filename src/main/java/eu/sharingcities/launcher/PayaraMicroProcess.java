package eu.sharingcities.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro in its own process, serving the WAR at context root {@code /}. Every start keeps
 * the server on loopback and switches off Payara's and Hazelcast's phone-home. Payara's own
 * {@code /metrics} is switched off: it would name every city's endpoints to anyone; the platform
 * serves its figures at {@code /api/metrics} behind a credential.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /** Loopback only; Payara's public /metrics off. docker/payara-preboot.asadmin says the same for the image. */
    static final String PRE_BOOT = """
            set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
            set configs.config.server-config.microprofile-metrics-configuration.enabled=false
            """;

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraMicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static PayaraMicroProcess start(Path payaraJar, Path war, int port, Path log,
                                           Map<String, String> environment) throws IOException {
        return start(payaraJar, war, port, log, environment, List.of("--clustermode", "tcpip:127.0.0.1:6900"));
    }

    /** With {@code clusterOptions} such as {@code --nocluster}, for a second instance that must not join the first. */
    public static PayaraMicroProcess start(Path payaraJar, Path war, int port, Path log, Map<String, String> environment,
                                           List<String> clusterOptions) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) { // one log per start, so a past failure is not read as this one's
            Files.move(log, log.resolveSibling("payara.previous.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path preBoot = Files.writeString(log.getParent().resolve("payara-preboot.asadmin"), PRE_BOOT);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Djava.net.preferIPv4Stack=true",
                "-Dhazelcast.phone.home.enabled=false",
                "-Dhazelcast.socket.bind.any=false",
                // Payara starts its services on several threads by default, and once in some hundred starts in the
                // tests they deadlocked (HK2's service locator against Hazelcast's start): one thread costs no time
                "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--interfaces", "127.0.0.1",
                "--disablephonehome",
                "--prebootcommandfile", preBoot.toString()));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new PayaraMicroProcess(builder.start(), log, port);
    }

    /**
     * Waits until the platform's own readiness check answers UP. Payara's health endpoint answers
     * even when the WAR failed to deploy, so the body must name the platform's database check.
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException, IOException {
        return awaitAnswer("/health/ready", "platform-database", timeout);
    }

    /** Waits until {@code path} answers 200 with a body containing {@code expected}. */
    public boolean awaitAnswer(String path, String expected, Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // Payara is still booting
            }
            if (deploymentFailed()) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private boolean deploymentFailed() throws IOException {
        String text = Files.readString(log);
        return text.contains("Failed to deploy") || text.contains("deployment failed") || text.contains("Exception while loading the app");
    }

    /** The log lines that explain a failed start, for the console. */
    public List<String> errorLines() throws IOException {
        List<String> causes = Files.readAllLines(log).stream()
                .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", "").trim())
                .filter(line -> line.startsWith("Caused by") || line.contains("Exception while loading"))
                .map(line -> line.length() > 400 ? line.substring(0, 400) + "..." : line)
                .distinct()
                .toList();
        // the platform's own explanation, when it gave one, says what to do
        List<String> explained = causes.stream().filter(line -> line.contains("PlatformStartupException")).toList();
        return explained.isEmpty() ? causes.stream().limit(12).toList() : explained;
    }

    /** The CPU time the platform's JVM has used so far, for benchmarks. */
    public java.time.Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void waitFor() throws InterruptedException {
        process.waitFor();
    }

    /** SIGKILL: the process gets no chance to flush or close anything, like a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
