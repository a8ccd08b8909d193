package eu.sharingcities.ingest;

import eu.sharingcities.audit.AuditLog;
import eu.sharingcities.security.CurrentUser;
import eu.sharingcities.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Who may see and steer a city's ingestion: operators look and reconnect, city admins reload the configuration. */
@ApplicationScoped
public class IngestionAdministration {

    @Inject
    Ingestion ingestion;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    public Optional<CityIngestionStatus> status(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return ingestion.status(cityCode);
    }

    public PipelineStatus pipeline(String cityCode) {
        currentUser.require(Role.VIEWER, cityCode);
        return ingestion.pipeline();
    }

    @Transactional
    public boolean reconnect(String cityCode, String endpointId) {
        currentUser.require(Role.OPERATOR, cityCode);
        boolean found = ingestion.reconnect(cityCode, endpointId);
        if (found) {
            audit.record(cityCode, "ingestion.reconnect", "endpoint/" + endpointId, null, null);
        }
        return found;
    }

    @Transactional
    public CityIngestionStatus reload(String cityCode) {
        currentUser.require(Role.CITY_ADMIN, cityCode);
        try {
            CityIngestionStatus status = ingestion.reload(cityCode);
            audit.record(cityCode, "ingestion.reload", "opcua-config/" + status.file(), null,
                    status.problems().isEmpty() ? status.endpoints().size() + " endpoints"
                            : status.problems().size() + " problems" + (status.keptRunning() ? ": refused, the running configuration goes on" : ""));
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
