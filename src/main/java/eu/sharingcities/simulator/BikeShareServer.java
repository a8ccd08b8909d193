package eu.sharingcities.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.sharingcities.simulator.model.BikeShareModel;
import eu.sharingcities.simulator.model.CityClimate;
import eu.sharingcities.simulator.model.DistrictGrid;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The simulated bike-share operators of the demo, tests and benchmarks: one scheme per city
 * ({@link BikeShareModel}) stepped every {@code tick}, each published as GBFS on loopback at
 * {@code http://127.0.0.1:PORT/gbfs/<city>/gbfs.json} — Warsaw's in version 2.3, the others' in 3.0,
 * as operators in the field run both. Answers conditional requests (ETag, Last-Modified) with 304
 * and says how long a file stays fresh (Cache-Control: max-age = the feed's ttl).
 */
public final class BikeShareServer implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final HttpServer server;
    private final ScheduledExecutorService ticks;
    private final Map<String, BikeShareModel> models = new LinkedHashMap<>();
    private final Map<String, BikeShareFeeds> feeds = new LinkedHashMap<>();
    private final Map<String, Boolean> broken = new java.util.concurrent.ConcurrentHashMap<>();
    private final int ttlSeconds;

    private BikeShareServer(HttpServer server, ScheduledExecutorService ticks, int ttlSeconds) {
        this.server = server;
        this.ticks = ticks;
        this.ttlSeconds = ttlSeconds;
    }

    /** Starts the schemes of {@code cities} with {@code stations} each, on {@code port} (0: any free one). */
    public static BikeShareServer start(List<String> cities, int stations, int port, Duration tick, int ttlSeconds, long seed) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        BikeShareServer server = new BikeShareServer(http, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bike-share-simulator");
            t.setDaemon(true);
            return t;
        }), ttlSeconds);
        Instant now = Instant.now();
        String base = "http://127.0.0.1:" + http.getAddress().getPort() + "/gbfs/";
        for (String city : cities) {
            DistrictGrid grid = DistrictGrid.of(city);
            BikeShareModel model = new BikeShareModel(grid, CityClimate.of(city, seed).zone(), stations, seed + city.hashCode(), now);
            server.models.put(city, model);
            server.feeds.put(city, new BikeShareFeeds(model, city.equals("warsaw") ? "2.3" : "3.0", base + city + "/", grid.language(), ttlSeconds));
        }
        http.createContext("/gbfs/", server::answer);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bike-share-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        server.ticks.scheduleAtFixedRate(server::step, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        return server;
    }

    /** The discovery file's address of a city's feed. */
    public String discoveryUrl(String city) {
        return "http://127.0.0.1:" + port() + "/gbfs/" + city + "/gbfs.json";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public BikeShareModel model(String city) {
        return models.get(city);
    }

    /** Makes a city's station_status break the GBFS schema (true) or mends it, as a fault test needs. */
    public void breakStatus(String city, boolean broken) {
        this.broken.put(city, broken);
    }

    private synchronized void step() {
        Instant now = Instant.now();
        models.values().forEach(m -> m.step(now));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/"); // "", "gbfs", city, file.json
            BikeShareFeeds feed = parts.length == 4 ? feeds.get(parts[2]) : null;
            String file = parts.length == 4 && parts[3].endsWith(".json") ? parts[3].substring(0, parts[3].length() - 5) : "";
            String body;
            Instant updated;
            synchronized (this) {
                body = feed == null ? null : feed.render(file);
                updated = feed == null ? null : file.endsWith("status") ? models.get(parts[2]).updated() : models.get(parts[2]).started();
            }
            if (body == null) {
                send(exchange, 404, "{\"error\": \"no such feed file\"}");
                return;
            }
            if (file.equals("station_status") && broken.getOrDefault(parts[2], false)) {
                body = body.replace("\"num_docks_available\":", "\"num_docks_available\":\"many\",\"x\":");
            }
            String etag = etag(body);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(updated, ZoneOffset.UTC)));
            exchange.getResponseHeaders().set("Cache-Control", "max-age=" + ttlSeconds);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String etag(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return "\"" + Long.toHexString(crc.getValue()) + "-" + body.length() + "\"";
    }

    @Override
    public void close() {
        ticks.shutdownNow();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
