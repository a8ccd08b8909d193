package eu.sharingcities.simulator;

import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

import java.util.function.DoubleSupplier;

/** One variable of the simulator: its node, where its value comes from, and its history. */
final class SimulatedVariable {

    private final UaVariableNode node;
    private final DoubleSupplier source;
    private final boolean bool;
    private final VariableHistory history;

    SimulatedVariable(UaVariableNode node, DoubleSupplier source, boolean bool, int historyCapacity) {
        this.node = node;
        this.source = source;
        this.bool = bool;
        this.history = new VariableHistory(historyCapacity);
    }

    /** Sets the node to the model's current value, stamped with the simulation time. */
    void publish(DateTime at) {
        double value = source.getAsDouble();
        node.setValue(new DataValue(variant(value), StatusCode.GOOD, at, at));
        history.add(at.getJavaTime(), value);
    }

    Variant variant(double value) {
        return bool ? new Variant(value != 0) : new Variant(value);
    }

    UaVariableNode node() {
        return node;
    }

    VariableHistory history() {
        return history;
    }
}
