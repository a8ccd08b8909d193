package eu.sharingcities.scada;

import eu.sharingcities.ingest.Reading;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live values of a cluster's instances for each other's SCADA servers (docs/adr/0007): what
 * this instance's ingestion receives is sent in batches on the PostgreSQL channel
 * {@value #CHANNEL} while another instance listens, and what the others send is handed to this
 * instance's SCADA server. A batch is {@code <instance>|<base64 of 24 bytes a reading>} (point id,
 * source time in microseconds, value, status), at most {@value #PER_NOTIFICATION} readings, so it
 * stays under PostgreSQL's 8,000-byte payload; a batch goes at the latest {@value #FLUSH_MILLIS} ms
 * after its first reading. Ingestion never waits: readings that find the queue full are dropped and
 * counted.
 */
final class ScadaRelay implements AutoCloseable {

    static final String CHANNEL = "scada_readings";
    /** The name the listening connections give PostgreSQL, by which an instance sees that others listen. */
    static final String LISTENER = "sharing-cities-scada-relay";
    static final int PER_NOTIFICATION = 240;
    static final int READING_BYTES = 24;
    private static final long FLUSH_MILLIS = 100;
    private static final long LISTENERS_CHECKED_EVERY_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(ScadaRelay.class.getName());

    /** Opens a connection to the platform's database under a name PostgreSQL shows in pg_stat_activity. */
    @FunctionalInterface
    interface Database {
        Connection open(String applicationName) throws SQLException;
    }

    private final Database database;
    private final Consumer<Reading> deliver;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final BlockingQueue<Reading> outgoing = new ArrayBlockingQueue<>(100_000);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong relayedIn = new AtomicLong();
    private final AtomicBoolean sendingFailed = new AtomicBoolean();
    private final AtomicBoolean listeningFailed = new AtomicBoolean();
    private volatile boolean othersListen;
    private volatile boolean running = true;
    private volatile int listenerPid = -1;
    private final Thread sender;
    private final Thread listener;

    ScadaRelay(Database database, Consumer<Reading> deliver) {
        this.database = database;
        this.deliver = deliver;
        this.listener = Thread.ofPlatform().name("scada-relay-in").daemon().start(this::listen);
        this.sender = Thread.ofPlatform().name("scada-relay-out").daemon().start(this::send);
    }

    /** A reading this instance's ingestion received; returns at once. */
    void offer(Reading reading) {
        if (othersListen && !outgoing.offer(reading)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    long relayedIn() {
        return relayedIn.get();
    }

    private void send() {
        long listenersChecked = 0;
        while (running) {
            try (Connection db = database.open("sharing-cities-scada-relay-out");
                 PreparedStatement notify = db.prepareStatement("select pg_notify('" + CHANNEL + "', ?)")) {
                recovered(sendingFailed, "send");
                List<Reading> batch = new ArrayList<>(PER_NOTIFICATION);
                while (running) {
                    if (System.currentTimeMillis() - listenersChecked > LISTENERS_CHECKED_EVERY_MILLIS) {
                        othersListen = othersListen(db);
                        listenersChecked = System.currentTimeMillis();
                    }
                    Reading first = outgoing.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);
                    while (batch.size() < PER_NOTIFICATION) {
                        Reading next = outgoing.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                    }
                    notify.setString(1, encode(instance, batch));
                    notify.execute();
                    batch.clear();
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                failed(sendingFailed, "send", e);
                pause();
            }
        }
    }

    /** Whether a listener of another instance (not this one's own) is connected. */
    private boolean othersListen(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select count(*) from pg_stat_activity where application_name = ? and pid <> ?")) {
            st.setString(1, LISTENER);
            st.setInt(2, listenerPid);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection db = database.open(LISTENER)) {
                try (Statement st = db.createStatement(); ResultSet pid = st.executeQuery("select pg_backend_pid()")) {
                    pid.next();
                    listenerPid = pid.getInt(1);
                    st.execute("listen " + CHANNEL);
                }
                recovered(listeningFailed, "listen");
                PGConnection notifications = db.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification n : received) {
                        List<Reading> readings = decodeFromOthers(instance, n.getParameter());
                        readings.forEach(deliver);
                        relayedIn.addAndGet(readings.size());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    failed(listeningFailed, "listen", e);
                    pause();
                }
            }
        }
    }

    static String encode(String instance, List<Reading> readings) {
        ByteBuffer bytes = ByteBuffer.allocate(readings.size() * READING_BYTES);
        for (Reading r : readings) {
            bytes.putInt(r.pointId()).putLong(r.epochMicros()).putDouble(r.value()).putInt(r.status());
        }
        return instance + "|" + Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The readings of a batch another instance sent; none for this instance's own or a payload that is not a batch. */
    static List<Reading> decodeFromOthers(String self, String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0 || payload.substring(0, bar).equals(self)) {
            return List.of();
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(payload.substring(bar + 1));
        } catch (IllegalArgumentException notBase64) {
            return List.of();
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        List<Reading> readings = new ArrayList<>(raw.length / READING_BYTES);
        while (bytes.remaining() >= READING_BYTES) {
            readings.add(new Reading(bytes.getInt(), bytes.getLong(), bytes.getDouble(), bytes.getInt()));
        }
        return readings;
    }

    /** The first failure of an outage is a warning; the retries every 5 s until it ends are not repeated in the log. */
    private static void failed(AtomicBoolean failing, String what, SQLException e) {
        Level level = failing.getAndSet(true) ? Level.FINE : Level.WARNING;
        LOG.log(level, () -> "the SCADA relay could not " + what + ": " + e.getMessage() + "; trying again every 5 s");
    }

    private static void recovered(AtomicBoolean failing, String what) {
        if (failing.getAndSet(false)) {
            LOG.info(() -> "the SCADA relay can " + what + " again");
        }
    }

    private void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        listener.interrupt();
    }
}
