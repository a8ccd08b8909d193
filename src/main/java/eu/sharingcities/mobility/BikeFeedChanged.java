package eu.sharingcities.mobility;

import java.util.Set;

/** An operator's feed changed these files (GBFS names: station_information, vehicle_types…) in a city: what was made of them is stale. */
public record BikeFeedChanged(String city, Set<String> files) {
}
