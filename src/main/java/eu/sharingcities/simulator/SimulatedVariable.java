package eu.sharingcities.simulator;

import eu.sharingcities.simulator.model.Noise;
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
    private final double noise;
    private final long seed;
    private final long channel;

    /**
     * {@code noise} is the standard deviation of the sensor's measurement noise (0 for meters,
     * setpoints and states), drawn deterministically per tick.
     */
    private DataValue published;
    private double last;

    SimulatedVariable(UaVariableNode node, DoubleSupplier source, boolean bool, int historyCapacity, double noise, long seed, long channel) {
        this.node = node;
        this.source = source;
        this.bool = bool;
        this.history = new VariableHistory(historyCapacity);
        this.noise = noise;
        this.seed = seed;
        this.channel = channel;
    }

    /**
     * Sets the node to the model's current value (plus sensor noise), stamped with the simulation
     * time, and returns it; returns null when the value did not change: like a controller reporting
     * by exception, the node keeps the time of its last change.
     */
    DataValue publish(DateTime at) {
        double value = source.getAsDouble();
        if (noise > 0) {
            value = Math.round((value + noise * Noise.gaussian(seed, channel, at.getJavaTime())) * 1000) / 1000.0;
        }
        if (published != null && Double.compare(value, last) == 0) {
            return null;
        }
        last = value;
        published = new DataValue(variant(value), StatusCode.GOOD, at, at);
        node.setValue(published);
        history.add(at.getJavaTime(), value);
        return published;
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
