package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.CityIngestConfig;
import eu.sharingcities.ingest.config.ConfigProblem;
import eu.sharingcities.ingest.config.EndpointSettings;
import eu.sharingcities.ingest.config.IngestConfigReader;
import eu.sharingcities.text.Message;
import eu.sharingcities.text.NotFound;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs ingestion for every city that has a file in the configuration folder
 * ({@code PLATFORM_OPCUA_CONFIG}; unset = ingestion off): one shared pipeline, one connection per
 * endpoint whose lease this instance holds (in a cluster each endpoint is connected by one instance,
 * see {@link EndpointLeases}). A file with problems leaves its city off, with the problems shown;
 * the other cities run. Authorisation is the caller's job ({@link IngestionAdministration}).
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class.getName());

    @Inject
    IngestionSettings settings;

    private PlatformPki pki;

    @Inject
    IngestionGauges gauges;

    private final IngestMetrics metrics = new IngestMetrics();
    private final ScheduledExecutorService leaseKeeper = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("ingest-leases").daemon().unstarted(r));
    private final Map<String, CityRun> cities = new ConcurrentHashMap<>();
    private volatile IngestPipeline pipeline;

    /** A city's running configuration; {@code refused}: the problems of a newer file that was not loaded. */
    private record CityRun(CityIngestConfig config, List<EndpointSlot> endpoints, List<ConfigProblem> refused) {
    }

    private volatile EndpointLeases leases;

    synchronized void start() throws IOException {
        if (!settings.enabled()) {
            LOG.info("ingestion is off: PLATFORM_OPCUA_CONFIG names no configuration folder");
            return;
        }
        Path pkiPath = settings.pki();
        try {
            pki = PlatformPki.open(pkiPath, settings.pkiPassword(), settings.trustAllServers());
        } catch (Exception e) {
            throw new IOException("the platform's OPC UA certificate in " + pkiPath + " cannot be used: " + e.getMessage()
                    + " (wrong PLATFORM_PKI_PASSWORD, or delete platform.p12 to make a new one)", e);
        }
        pipeline = new IngestPipeline(IngestPipeline.Settings.DEFAULT, settings::connect, new Spool(settings.spool(), settings.spoolMaxBytes()), metrics);
        gauges.registerPipeline(this);
        leases = new EndpointLeases(settings::connect);
        for (Path file : new ConfigFolder(settings.configFolder()).files()) {
            apply(new IngestConfigReader().read(file), null);
        }
        long check = settings.leaseCheckSeconds();
        leaseKeeper.scheduleWithFixedDelay(this::keepEndpoints, check, check, TimeUnit.SECONDS);
    }

    /** Hands every reading that arrives to {@code tap} as well (see {@link IngestPipeline#tap}); nothing when ingestion is off. */
    public synchronized void tapReadings(java.util.function.Consumer<Reading> tap) {
        if (pipeline != null) {
            pipeline.tap(tap);
        }
    }

    public synchronized void untapReadings(java.util.function.Consumer<Reading> tap) {
        if (pipeline != null) {
            pipeline.untap(tap);
        }
    }

    /**
     * Takes readings that come from elsewhere than the OPC UA connections (a bike-share operator's
     * feed) into the same pipeline: stored, rolled up, spooled while the database is away, tapped.
     * False, and nothing taken, while ingestion is off.
     */
    public boolean accept(List<Reading> readings) {
        IngestPipeline running = pipeline;
        if (running == null) {
            return false;
        }
        readings.forEach(running::accept);
        return true;
    }

    /**
     * Whether this instance is the one that reads {@code source} of the city (an operator's feed),
     * by the lease that shares OPC UA endpoints among instances; always while ingestion is off.
     */
    public boolean holdsLease(String cityCode, String source) {
        EndpointLeases held = leases;
        return held == null || held.tryAcquire(EndpointLeases.key(cityCode, source));
    }

    /** Tells the registry's listeners that the city's points changed outside its configuration file (a feed's new stations). */
    public void pointsChanged(String cityCode) {
        registryListeners.forEach(listener -> listener.accept(cityCode));
    }

    private final List<java.util.function.Consumer<String>> registryListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told the city whose points the registry now has anew (a configuration loaded or reloaded). */
    public void onRegistryChanged(java.util.function.Consumer<String> listener) {
        registryListeners.add(listener);
    }

    public void removeRegistryListener(java.util.function.Consumer<String> listener) {
        registryListeners.remove(listener);
    }

    /** The platform's application certificate and trust lists; null while ingestion is off. */
    public PlatformPki pki() {
        return pki;
    }

    /** The cities whose configuration is loaded. */
    public java.util.Set<String> cityCodes() {
        return java.util.Set.copyOf(cities.keySet());
    }

    public boolean enabled() {
        return pipeline != null;
    }

    /**
     * Reads the city's file again; the other cities are not touched. A file with problems is refused
     * as a whole while the running configuration keeps running; a good one replaces it endpoint by
     * endpoint, leaving the connections of unchanged endpoints as they are.
     */
    public synchronized CityIngestionStatus reload(String cityCode) throws IOException {
        Optional<Path> file = new ConfigFolder(settings.configFolder()).fileOf(cityCode);
        CityRun running = cities.get(cityCode);
        if (file.isEmpty() || pipeline == null) {
            stopCity(cityCode);
        } else {
            CityIngestConfig read = new IngestConfigReader().read(file.get());
            if (!read.isValid() && running != null && !running.endpoints().isEmpty()) {
                LOG.warning("ingestion " + cityCode + ": " + read.file() + " refused, the running configuration goes on:\n  "
                        + String.join("\n  ", read.problems().stream().map(ConfigProblem::toString).toList()));
                cities.put(cityCode, new CityRun(running.config(), running.endpoints(), read.problems()));
            } else {
                apply(read, running);
            }
        }
        return status(cityCode).orElseThrow(() -> new NotFound("No configuration file for " + cityCode + " in " + settings.configFolder() + "."));
    }

    public Optional<CityIngestionStatus> status(String cityCode) {
        CityRun run = cities.get(cityCode);
        if (run == null) {
            return Optional.empty();
        }
        List<ConfigProblem> problems = run.refused().isEmpty() ? run.config().problems() : run.refused();
        return Optional.of(new CityIngestionStatus(cityCode, run.config().file(), problems,
                !run.refused().isEmpty(), run.endpoints().stream().map(EndpointSlot::status).toList()));
    }

    public boolean reconnect(String cityCode, String endpointId) {
        Optional<EndpointConnection> connection = connection(cityCode, endpointId);
        connection.ifPresent(EndpointConnection::reconnect);
        return connection.isPresent();
    }

    /**
     * This instance's live connection to a city's endpoint, for commands; empty when the endpoint
     * is unknown, or connected by another instance.
     */
    public Optional<EndpointConnection> connection(String cityCode, String endpointId) {
        CityRun run = cities.get(cityCode);
        return run == null ? Optional.empty()
                : run.endpoints().stream().filter(e -> e.endpointId().equals(endpointId)).findFirst().flatMap(EndpointSlot::connection);
    }

    public PipelineStatus pipeline() {
        if (pipeline == null) {
            return new PipelineStatus(metrics.snapshot(), 0, 0, false, "ingestion is off");
        }
        return new PipelineStatus(metrics.snapshot(), pipeline.queueDepth(), pipeline.spoolBytes(), pipeline.databaseUp(), pipeline.lastError());
    }

    /** Runs a city's configuration in place of {@code running} (null: none), keeping the endpoints whose settings did not change. */
    private void apply(CityIngestConfig config, CityRun running) {
        List<EndpointSlot> previous = running == null ? List.of() : running.endpoints();
        List<EndpointSlot> endpoints = new ArrayList<>();
        String city = config.cityCode();
        if (config.isValid()) {
            try (Connection db = settings.connect()) {
                Map<String, List<BoundPoint>> points = PointCatalog.sync(db, config);
                for (EndpointSettings endpoint : config.endpoints()) {
                    Optional<EndpointSlot> unchanged = previous.stream().filter(slot -> slot.settings().equals(endpoint)).findFirst();
                    endpoints.add(unchanged.orElseGet(() -> slot(city, endpoint, points.get(endpoint.id()))));
                }
                LOG.info("ingestion " + config.cityCode() + ": " + config.endpoints().size() + " endpoints, " + config.pointCount() + " points");
            } catch (SQLException e) {
                List<ConfigProblem> problem = List.of(new ConfigProblem(config.file(), 0, null, Message.of("config.stored", String.valueOf(e.getMessage()))));
                if (!previous.isEmpty()) { // what runs goes on
                    cities.put(city, new CityRun(running.config(), previous, problem));
                    return;
                }
                config = new CityIngestConfig(city, config.file(), List.of(), problem);
            }
        } else {
            LOG.warning("ingestion " + config.cityCode() + " is off; " + config.file() + " has problems:\n  "
                    + String.join("\n  ", config.problems().stream().map(ConfigProblem::toString).toList()));
        }
        previous.stream().filter(slot -> !endpoints.contains(slot)).forEach(EndpointSlot::stop);
        cities.put(config.cityCode(), new CityRun(config, endpoints, List.of()));
        String changed = config.cityCode();
        registryListeners.forEach(listener -> listener.accept(changed));
    }

    private EndpointSlot slot(String city, EndpointSettings endpoint, List<BoundPoint> bound) {
        EndpointSlot slot = new EndpointSlot(city, endpoint, bound, leases,
                () -> new EndpointConnection(city, endpoint, bound, pipeline, metrics, System::getenv, pki)
                        .revivalLimit(settings.sessionRevival()),
                settings.database());
        slot.keep();
        gauges.registerEndpoint(this, city, endpoint.id());
        return slot;
    }

    /** Takes over the endpoints of instances that died; lets go of those another instance holds. */
    private void keepEndpoints() {
        try {
            cities.values().forEach(run -> run.endpoints().forEach(EndpointSlot::keep));
        } catch (RuntimeException e) {
            LOG.warning("ingestion: checking the endpoint leases failed: " + e.getMessage());
        }
    }

    private void stopCity(String cityCode) {
        CityRun run = cities.remove(cityCode);
        if (run != null) {
            run.endpoints().forEach(EndpointSlot::stop);
        }
    }

    @PreDestroy
    synchronized void stop() {
        leaseKeeper.shutdownNow();
        List.copyOf(cities.keySet()).forEach(this::stopCity);
        if (leases != null) {
            leases.close();
        }
        if (pipeline != null) {
            try {
                pipeline.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
