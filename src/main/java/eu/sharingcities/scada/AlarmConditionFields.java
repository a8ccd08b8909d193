package eu.sharingcities.scada;

import eu.sharingcities.alarms.AlarmSnapshot;
import eu.sharingcities.alarms.AlarmState;
import eu.sharingcities.alarms.Priority;
import org.eclipse.milo.opcua.sdk.server.model.objects.AlarmConditionTypeNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

/** What an alarm condition says: a platform alarm's state, texts and severity as AlarmConditionType's fields. */
final class AlarmConditionFields {

    private AlarmConditionFields() {
    }

    /**
     * The condition's fields from the alarm (OPC 10000-9 5.5 and 5.8): ISA-18.2's states map onto
     * ActiveState and AckedState, Retain while it is open; a rule taken out of service is a disabled
     * condition; shelved or suppressed by design is SuppressedOrShelved. Each description is a new
     * event with a new EventId (ScadaConditions).
     */
    static void write(AlarmConditionTypeNode node, AlarmSnapshot alarm, NodeId source, ByteString eventId) {
        String language = alarm.cityLocale().getLanguage();
        node.setEventId(eventId);
        node.setEventType(NodeIds.AlarmConditionType);
        node.setSourceNode(source);
        node.setSourceName(alarm.endpointId() != null ? alarm.endpointId() : alarm.rule());
        node.setTime(new DateTime(alarm.last().at()));
        node.setReceiveTime(DateTime.now());
        node.setMessage(new LocalizedText(language, alarm.message().in(alarm.cityLocale())));
        node.setSeverity(ushort(severity(alarm.priority())));
        node.setLastSeverity(ushort(severity(alarm.priority())));
        node.setConditionName(alarm.rule());
        node.setConditionClassId(NodeIds.ProcessConditionClassType);
        node.setConditionClassName(LocalizedText.english("Process"));
        node.setBranchId(NodeId.NULL_VALUE);
        node.setInputNode(source);
        node.setQuality(StatusCode.GOOD);
        node.setComment(new LocalizedText(language, alarm.last().comment()));
        node.setClientUserId(alarm.last().by());

        boolean enabled = alarm.state() != AlarmState.OUT_OF_SERVICE;
        node.getEnabledStateNode().setId(enabled);
        node.setEnabledState(LocalizedText.english(enabled ? "Enabled" : "Disabled"));
        node.getActiveStateNode().setId(alarm.state().active());
        node.setActiveState(LocalizedText.english(alarm.state().active() ? "Active" : "Inactive"));
        boolean acked = alarm.state() != AlarmState.ACTIVE_UNACKNOWLEDGED && alarm.state() != AlarmState.CLEARED_UNACKNOWLEDGED;
        node.getAckedStateNode().setId(acked);
        node.setAckedState(LocalizedText.english(acked ? "Acknowledged" : "Unacknowledged"));
        node.setSuppressedOrShelved(alarm.shelved() || alarm.state() == AlarmState.SUPPRESSED);
        node.setRetain(alarm.state().open());
    }

    /**
     * Severity 1 to 1000 (OPC 10000-5 6.4.2) in the categories OPC UA companion specifications use,
     * e.g. OPC 40250-1 6.6.1 Table 10: HIGH 801-1000, MEDIUM HIGH 601-800, MEDIUM 401-600, MEDIUM LOW
     * 201-400, LOW 1-200 (left to events that are not alarms). ISA-18.2's four priorities take the
     * middle of the upper four.
     */
    static int severity(Priority priority) {
        return switch (priority) {
            case CRITICAL -> 900;
            case HIGH -> 700;
            case MEDIUM -> 500;
            case LOW -> 300;
        };
    }
}
