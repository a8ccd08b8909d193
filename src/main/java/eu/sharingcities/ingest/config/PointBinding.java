package eu.sharingcities.ingest.config;

import eu.sharingcities.telemetry.PointRole;

import java.util.Objects;

/**
 * One node read into one point: the value stored is {@code raw * scale + offset}, in {@code unit}.
 * {@code asset} names what the point belongs to (e.g. {@code building/b01}) and {@code role} what
 * it is there (null: stored and shown, but no module uses it); both are identifiers, never parsed.
 * Points with {@code write} limits may be written by operators' commands; others are read only.
 */
public record PointBinding(NodeBinding node, PointCode code, String asset, PointRole role, String unit, double scale, double offset,
                           WriteLimits write) {

    public PointBinding(NodeBinding node, PointCode code, String asset, String unit, double scale, double offset) {
        this(node, code, asset, null, unit, scale, offset, null);
    }

    public PointBinding {
        Objects.requireNonNull(node);
        Objects.requireNonNull(code);
        if (!Double.isFinite(scale) || scale == 0 || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("scale must be a finite number other than 0 and offset a finite number");
        }
    }

    public double toEngineeringValue(double raw) {
        return raw * scale + offset;
    }

    /** The value to write to the node for an engineering value. */
    public double toRawValue(double engineering) {
        return (engineering - offset) / scale;
    }
}
