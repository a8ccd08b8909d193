package eu.sharingcities.ingest.config;

import java.util.List;

/**
 * What one file of opcua-config/ says for one city: its endpoints, or, when the file is wrong,
 * the problems and no endpoints (so that city's ingestion stays off while the others run).
 */
public record CityIngestConfig(String cityCode, String file, List<EndpointSettings> endpoints, List<ConfigProblem> problems) {

    public CityIngestConfig {
        endpoints = List.copyOf(endpoints);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public int pointCount() {
        return endpoints.stream().mapToInt(e -> e.points().size()).sum();
    }
}
