/**
 * The platform as an OPC UA server for SCADA and building-management systems (issue 15): each
 * city's points under {@code Objects/Cities/<City>/<Asset>/<Point>}, live values as ingestion
 * receives them, signed in with platform accounts holding the SCADA role in a city, which sees
 * that city only. Built on Eclipse Milo's server SDK; see docs/scada.md.
 */
package eu.sharingcities.scada;
