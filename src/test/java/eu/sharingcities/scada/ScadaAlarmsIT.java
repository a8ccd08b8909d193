package eu.sharingcities.scada;

import eu.sharingcities.testsupport.Api;
import eu.sharingcities.testsupport.Browser;
import eu.sharingcities.testsupport.DeployedPlatform;
import eu.sharingcities.testsupport.Eventually;
import eu.sharingcities.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.EventFilterBuilder;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The platform's alarms as OPC UA Alarms & Conditions, seen by a SCADA client (Milo's) subscribed
 * to the Server object's events: a Bordeaux alarm raised by a rule arrives as an AlarmConditionType
 * event of its point, in French, with a severity from its priority; only an operator-level SCADA
 * account of Bordeaux may acknowledge it, with an EventId the condition sent; the acknowledgement
 * is the platform's (its history and the portal's alarm list show it); ConditionRefresh sends what is retained
 * to the subscription that asks; London hears nothing of Bordeaux; a closed alarm's condition goes.
 */
class ScadaAlarmsIT extends DeployedPlatform {

    private static final String POINT = "bordeaux.building.b001.zone-temperature";
    private static final String RULE = "b001 zone above -100 °C (SCADA)";
    private static final String RULE_JSON = """
            {"name": "%s", "priority": "HIGH", "kind": "HIGH_LIMIT", "point": "%s", "limit": %d}""";

    /** The event fields the tests select, in this order (OPC 10000-9 5.5.2, 5.7.2, 5.8.2). */
    private enum Field {
        EVENT_ID(NodeIds.BaseEventType, "EventId"), EVENT_TYPE(NodeIds.BaseEventType, "EventType"),
        SOURCE_NODE(NodeIds.BaseEventType, "SourceNode"), MESSAGE(NodeIds.BaseEventType, "Message"),
        SEVERITY(NodeIds.BaseEventType, "Severity"), CONDITION_NAME(NodeIds.ConditionType, "ConditionName"),
        CONDITION_ID(NodeIds.ConditionType), RETAIN(NodeIds.ConditionType, "Retain"),
        ACTIVE(NodeIds.AlarmConditionType, "ActiveState", "Id"), ACKED(NodeIds.AcknowledgeableConditionType, "AckedState", "Id"),
        CLIENT_USER(NodeIds.ConditionType, "ClientUserId"), COMMENT(NodeIds.ConditionType, "Comment");

        final SimpleAttributeOperand operand;

        Field(NodeId type, String... path) {
            QualifiedName[] names = java.util.Arrays.stream(path).map(p -> new QualifiedName(0, p)).toArray(QualifiedName[]::new);
            // ConditionId is the condition's NodeId attribute, with an empty path (5.5.2)
            operand = new SimpleAttributeOperand(type, names, (path.length == 0 ? AttributeId.NodeId : AttributeId.Value).uid(), null);
        }

        Object of(Variant[] event) {
            return event[ordinal()].getValue();
        }
    }

    /** An event item on the Server object and the events it received. */
    private record Events(OpcUaSubscription subscription, List<Variant[]> received) {

        Variant[] await(Predicate<Variant[]> which) throws Exception {
            return Eventually.awaitValue(Duration.ofSeconds(60), () -> received.stream().filter(which).findFirst().orElseThrow());
        }

        boolean any(Predicate<Variant[]> which) {
            return received.stream().anyMatch(which);
        }
    }

    @Test
    void aBordeauxAlarmIsAConditionThatOnlyABordeauxScadaOperatorAcknowledges() throws Exception {
        ScadaTestClient application = new ScadaTestClient("scada-alarms").trusted();
        OpcUaClient operator = Eventually.awaitValue(Duration.ofSeconds(15), () -> application.connect("bordeaux.scada-operator", "demo"));
        OpcUaClient reader = application.connect("bordeaux.scada", "demo");
        OpcUaClient london = application.connect("london.scada", "demo");
        Api api = new Api(base);
        try {
            Events toOperator = events(operator);
            Events toLondon = events(london);
            Api.Answer rule = api.post("/api/cities/bordeaux/alarm-rules", "bordeaux.admin", "application/json", RULE_JSON.formatted(RULE, POINT, -100));
            assertThat(rule.status()).as(rule.body()).isEqualTo(200);
            long ruleId = rule.json().asJsonObject().getJsonNumber("id").longValue();

            Variant[] raised = toOperator.await(e -> RULE.equals(Field.CONDITION_NAME.of(e)) && Boolean.TRUE.equals(Field.ACTIVE.of(e)));
            assertThat(Field.EVENT_TYPE.of(raised)).isEqualTo(NodeIds.AlarmConditionType);
            assertThat(Field.SOURCE_NODE.of(raised)).as("the point it watches").isEqualTo(ScadaTestClient.node(operator, "bordeaux/" + POINT));
            assertThat(((UShort) Field.SEVERITY.of(raised)).intValue()).as("HIGH: the MEDIUM HIGH category, 601-800").isBetween(601, 800);
            assertThat(Field.ACKED.of(raised)).isEqualTo(false);
            assertThat(Field.RETAIN.of(raised)).isEqualTo(true);
            LocalizedText message = (LocalizedText) Field.MESSAGE.of(raised);
            assertThat(message.locale()).as("Bordeaux's language").isEqualTo("fr");
            assertThat(message.text()).as("with a French decimal mark").contains("-100,00");

            NodeId condition = (NodeId) Field.CONDITION_ID.of(raised);
            ByteString eventId = (ByteString) Field.EVENT_ID.of(raised);
            assertThat(acknowledge(reader, condition, eventId, "not mine to say").getValue()).as("the SCADA role without an operator's")
                    .isEqualTo(StatusCodes.Bad_UserAccessDenied);
            assertThat(acknowledge(london, condition, eventId, "not my city").isBad()).as("another city's account").isTrue();
            assertThat(acknowledge(operator, condition, ByteString.of(new byte[16]), "which event?").getValue())
                    .isEqualTo(StatusCodes.Bad_EventIdUnknown);
            StatusCode acknowledged = acknowledge(operator, condition, eventId, "seen from the SCADA room");
            assertThat(acknowledged.isGood()).as(acknowledged.toString()).isTrue();

            Variant[] acked = toOperator.await(e -> condition.equals(Field.CONDITION_ID.of(e)) && Boolean.TRUE.equals(Field.ACKED.of(e)));
            assertThat(Field.ACTIVE.of(acked)).isEqualTo(true);
            assertThat(Field.CLIENT_USER.of(acked)).isEqualTo("opcua:bordeaux.scada-operator");
            assertThat(((LocalizedText) Field.COMMENT.of(acked)).text()).isEqualTo("seen from the SCADA room");
            assertThat(acknowledge(operator, condition, (ByteString) Field.EVENT_ID.of(acked), "again").getValue())
                    .isEqualTo(StatusCodes.Bad_ConditionBranchAlreadyAcked);
            theAcknowledgementIsThePlatforms(api);
            try (Browser browser = new Browser(base, "fr-FR")) { // and the portal's alarm list says so
                browser.signIn("bordeaux.viewer", "demo");
                browser.waitForPath("/bordeaux");
                browser.open("/bordeaux/alarms");
                browser.waitForContent(By.id("alarms-grid"), RULE);
                browser.waitForContent(By.id("alarms-grid"), "active, acquittée"); // no other Bordeaux alarm is acknowledged in the tests
            }

            conditionRefreshSendsWhatIsRetainedToTheSubscriptionThatAsks(reader, london, condition);
            assertThat(toLondon.any(e -> RULE.equals(Field.CONDITION_NAME.of(e)))).as("London hears nothing of Bordeaux").isFalse();

            assertThat(api.putJson("/api/alarm-rules/" + ruleId, "bordeaux.admin", RULE_JSON.formatted(RULE, POINT, 100)).status()).isEqualTo(204);
            Variant[] closed = toOperator.await(e -> condition.equals(Field.CONDITION_ID.of(e)) && Boolean.FALSE.equals(Field.RETAIN.of(e)));
            assertThat(Field.ACTIVE.of(closed)).as("returned to normal, acknowledged: closed").isEqualTo(false);
            Eventually.await(Duration.ofSeconds(10), () -> operator.readValue(0, TimestampsToReturn.Neither, condition).getStatusCode().getValue()
                    == StatusCodes.Bad_NodeIdUnknown);
        } finally {
            operator.disconnect();
            reader.disconnect();
            london.disconnect();
        }
    }

    private static void theAcknowledgementIsThePlatforms(Api api) throws Exception {
        JsonObject alarm = api.get("/api/cities/bordeaux/alarms", "bordeaux.viewer").json().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("rule").equals(RULE)).findFirst().orElseThrow();
        assertThat(alarm.getString("state")).isEqualTo("ACTIVE_ACKNOWLEDGED");
        List<JsonObject> history = api.get("/api/alarms/" + alarm.getJsonNumber("id").longValue() + "/history", "bordeaux.viewer").json()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertThat(history.getLast().getString("what")).isEqualTo("acknowledged");
        assertThat(history.getLast().getString("by")).isEqualTo("opcua:bordeaux.scada-operator");
        assertThat(history.getLast().getString("comment")).isEqualTo("seen from the SCADA room");
        try (Connection db = DriverManager.getConnection(TestDatabase.url(), "postgres", TestDatabase.password());
             PreparedStatement audit = db.prepareStatement("select actor from audit_entry where target = ? and action = 'alarm.acknowledged'")) {
            audit.setString(1, "alarm/" + alarm.getJsonNumber("id").longValue());
            try (ResultSet rs = audit.executeQuery()) {
                assertThat(rs.next()).as("audited").isTrue();
                assertThat(rs.getString(1)).as("in the SCADA account's name").isEqualTo("opcua:bordeaux.scada-operator");
            }
        }
    }

    /** RefreshStart, the retained condition, RefreshEnd (OPC 10000-9 5.5.7); London's refresh has none of Bordeaux's. */
    private static void conditionRefreshSendsWhatIsRetainedToTheSubscriptionThatAsks(OpcUaClient reader, OpcUaClient london, NodeId condition)
            throws Exception {
        Events bordeaux = events(reader);
        refresh(reader, bordeaux);
        Variant[] end = bordeaux.await(e -> NodeIds.RefreshEndEventType.equals(Field.EVENT_TYPE.of(e)));
        List<Variant[]> refreshed = bordeaux.received().subList(0, bordeaux.received().indexOf(end) + 1);
        assertThat(Field.EVENT_TYPE.of(refreshed.getFirst())).isEqualTo(NodeIds.RefreshStartEventType);
        assertThat(refreshed).as("the retained condition, acknowledged and active")
                .anyMatch(e -> condition.equals(Field.CONDITION_ID.of(e)) && Boolean.TRUE.equals(Field.ACKED.of(e)));

        Events elsewhere = events(london);
        refresh(london, elsewhere);
        elsewhere.await(e -> NodeIds.RefreshEndEventType.equals(Field.EVENT_TYPE.of(e)));
        assertThat(elsewhere.any(e -> condition.equals(Field.CONDITION_ID.of(e)))).isFalse();
    }

    private static void refresh(OpcUaClient client, Events events) throws Exception {
        StatusCode refreshed = client.call(List.of(new CallMethodRequest(NodeIds.ConditionType, NodeIds.ConditionType_ConditionRefresh,
                new Variant[]{new Variant(events.subscription().getSubscriptionId().orElseThrow())}))).getResults()[0].getStatusCode();
        assertThat(refreshed.isGood()).as(refreshed.toString()).isTrue();
    }

    private static Events events(OpcUaClient client) throws Exception {
        List<Variant[]> received = new CopyOnWriteArrayList<>();
        OpcUaSubscription subscription = new OpcUaSubscription(client, 200.0);
        subscription.create();
        EventFilterBuilder filter = new EventFilterBuilder();
        for (Field field : Field.values()) {
            filter.select(field.operand);
        }
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newEventItem(NodeIds.Server, filter.build());
        item.setQueueSize(uint(1000)); // a refresh sends several events at once (Milo's client asks for 1 by default)
        item.setEventValueListener((i, values) -> received.add(values));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        return new Events(subscription, received);
    }

    private static StatusCode acknowledge(OpcUaClient client, NodeId condition, ByteString eventId, String comment) throws Exception {
        return client.call(List.of(new CallMethodRequest(condition, NodeIds.AcknowledgeableConditionType_Acknowledge,
                new Variant[]{new Variant(eventId), new Variant(LocalizedText.english(comment))}))).getResults()[0].getStatusCode();
    }
}
