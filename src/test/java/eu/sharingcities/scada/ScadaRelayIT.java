package eu.sharingcities.scada;

import eu.sharingcities.ingest.Reading;
import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.DeployedPlatform;

import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay of ADR 7 between the deployed platform and the test standing in for a second instance of
 * its cluster, over the same PostgreSQL: once another instance listens, the platform sends what its
 * ingestion receives on the channel; what another instance sends reaches the platform's SCADA
 * clients as if its own controllers had given it.
 */
class ScadaRelayIT extends DeployedPlatform {

    @Test
    void theInstanceRelaysWhatItIngestsAndShowsWhatAnotherInstanceRelays() throws Exception {
        new Api(base).awaitConnected("burgas"); // its configuration loaded, its points registered
        String code = burgasZoneTemperature();
        int point = pointId(code);
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", TestDatabase.password());
        login.setProperty("ApplicationName", ScadaRelay.LISTENER);
        try (Connection otherInstance = DriverManager.getConnection(TestDatabase.url(), login)) {
            try (Statement st = otherInstance.createStatement()) {
                st.execute("listen " + ScadaRelay.CHANNEL);
            }
            List<Reading> heard = new CopyOnWriteArrayList<>();
            PGConnection notifications = otherInstance.unwrap(PGConnection.class);
            // the platform looks for other instances' listeners every 2 s
            Eventually.await(Duration.ofSeconds(40), () -> {
                PGNotification[] received = notifications.getNotifications(500);
                for (PGNotification n : received == null ? new PGNotification[0] : received) {
                    heard.addAll(ScadaRelay.decodeFromOthers("the-test", n.getParameter()));
                }
                return heard.stream().anyMatch(r -> r.pointId() == point);
            });

            ScadaTestClient application = new ScadaTestClient("scada-relay").trusted();
            OpcUaClient burgas = Eventually.awaitValue(Duration.ofSeconds(15), () -> application.connect("burgas.scada", "demo"));
            try {
                List<DataValue> values = new CopyOnWriteArrayList<>();
                OpcUaSubscription subscription = new OpcUaSubscription(burgas, 200.0);
                subscription.create();
                OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(ScadaTestClient.node(burgas, "burgas/" + code));
                item.setDataValueListener((i, v) -> values.add(v));
                subscription.addMonitoredItem(item);
                subscription.synchronizeMonitoredItems();

                long now = System.currentTimeMillis() * 1000 + 1_000; // newer than what the platform's own controller last gave
                try (PreparedStatement notify = otherInstance.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, ScadaRelay.CHANNEL);
                    notify.setString(2, ScadaRelay.encode("another", List.of(new Reading(point, now, 12_345.5, 0))));
                    notify.execute();
                }
                Eventually.await(Duration.ofSeconds(5), () -> values.stream().anyMatch(v -> Double.valueOf(12_345.5).equals(v.getValue().getValue())));
            } finally {
                burgas.disconnect();
            }
        }
    }

    /** A Burgas room temperature, found by its role: a real city's controllers name their points their own way. */
    private static String burgasZoneTemperature() throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select code from point where city_code = 'burgas' and role = 'Zone_Air_Temperature_Sensor' and active"
                     + " order by code limit 1")) {
            assertThat(rs.next()).as("Burgas has a room temperature").isTrue();
            return rs.getString(1);
        }
    }

    private static int pointId(String code) throws Exception {
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             PreparedStatement st = db.prepareStatement("select id from point where code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as(code + " is a point").isTrue();
                return rs.getInt(1);
            }
        }
    }
}
