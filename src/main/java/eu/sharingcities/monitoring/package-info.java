/**
 * The platform's figures for Prometheus (ingestion, alarm monitor, JVM), served at
 * {@code /api/metrics} only to a holder of the metrics token or a consortium administrator: the
 * figures name every city's controllers. Payara's own, public {@code /metrics} is switched off.
 */
package eu.sharingcities.monitoring;
