package eu.sharingcities.scada;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/** A client's write to a point, sent as a command; the value the controller read back, or why not (a status). */
@FunctionalInterface
interface ScadaWrites {

    DataValue write(ScadaPoint point, double value, Session session) throws UaException;
}
