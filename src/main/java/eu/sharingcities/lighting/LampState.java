package eu.sharingcities.lighting;

import eu.sharingcities.telemetry.AssetReadings;
import eu.sharingcities.telemetry.PointRole;

import java.util.Locale;
import java.util.Map;

/**
 * What a lamp is doing, as the map colours it: its controller's values, read by role. No
 * communication: no controller asset, its endpoint not connected, or no good on/off value.
 */
public enum LampState {
    ON, DIMMED, OFF, FAULT, NO_COMMUNICATION;

    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static LampState of(Map<PointRole, AssetReadings.Latest> values, boolean connected) {
        AssetReadings.Latest on = values == null ? null : values.get(PointRole.ON_OFF_STATUS);
        if (!connected || on == null) {
            return NO_COMMUNICATION;
        }
        AssetReadings.Latest fault = values.get(PointRole.FAULT_STATUS);
        if (fault != null && fault.value() >= 0.5) {
            return FAULT;
        }
        if (on.value() < 0.5) {
            return OFF;
        }
        AssetReadings.Latest dim = values.get(PointRole.DIMMING_LEVEL_COMMAND);
        return dim != null && dim.value() < 99.5 ? DIMMED : ON;
    }
}
