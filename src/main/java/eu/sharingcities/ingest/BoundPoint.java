package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.PointBinding;

/** A configured point with its database id: what a monitored item delivers into. */
public record BoundPoint(int pointId, PointBinding binding) {
}
