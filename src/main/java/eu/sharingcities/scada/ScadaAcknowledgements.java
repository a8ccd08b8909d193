package eu.sharingcities.scada;

import org.eclipse.milo.opcua.stack.core.UaException;

/** Where a SCADA client's Acknowledge of an alarm condition goes: the platform's alarm lifecycle. */
interface ScadaAcknowledgements {

    /** Acknowledges the city's alarm in {@code by}'s name; a refusal is the OPC UA status that says why. */
    void acknowledge(String city, long alarmId, String comment, String by) throws UaException;
}
