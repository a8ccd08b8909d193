package eu.sharingcities.ingest;

import eu.sharingcities.ingest.config.ConfigProblem;

import java.util.List;

/**
 * One city's ingestion as operators see it: its configuration file, what is wrong with it, its
 * endpoints. {@code keptRunning}: the problems are those of a newer file, refused as a whole, while
 * the configuration loaded before goes on running.
 */
public record CityIngestionStatus(String cityCode, String file, List<ConfigProblem> problems, boolean keptRunning, List<EndpointStatus> endpoints) {

    public boolean running() {
        return (problems.isEmpty() || keptRunning) && !endpoints.isEmpty();
    }
}
