package eu.sharingcities.commands;

import eu.sharingcities.ingest.config.WriteLimits;

/** A point commands may write, with the limits its city's configuration gives it. */
public record WritablePoint(int id, String cityCode, String code, String endpointId, String unit, double scale, double offset,
                            WriteLimits limits) {

    double toRaw(double value) {
        return (value - offset) / scale;
    }

    double fromRaw(double raw) {
        return raw * scale + offset;
    }
}
