/**
 * Ingestion: reading the controllers of each city over OPC UA into PostgreSQL. {@code config}
 * reads and checks opcua-config/&lt;city&gt;.yaml; a bad file disables only its own city.
 */
package eu.sharingcities.ingest;
