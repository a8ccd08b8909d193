package eu.sharingcities.ingest;

import java.util.List;

/** One city's ingestion as operators see it: its configuration file, what is wrong with it, its endpoints. */
public record CityIngestionStatus(String cityCode, String file, List<String> problems, List<EndpointStatus> endpoints) {

    public boolean running() {
        return problems.isEmpty() && !endpoints.isEmpty();
    }
}
