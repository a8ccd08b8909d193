package eu.sharingcities.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts ingestion once the schema is migrated. */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IngestionStartup {

    @Inject
    Ingestion ingestion;

    @PostConstruct
    void start() {
        try {
            ingestion.start();
        } catch (IOException e) {
            throw new UncheckedIOException("ingestion could not start: " + e.getMessage(), e);
        }
    }
}
