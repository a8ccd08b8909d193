/**
 * Shared e-bikes with public transport (issue 17, being built): operators' GBFS feeds read as the
 * specification asks ({@code feeds}: discovery, ttl, conditional requests, each file checked
 * against the official schemas), and each city's integrated system published as GBFS 3.0
 * ({@code gbfs}); GTFS timetables read and checked, departures per stop and hour ({@code gtfs}).
 * Still to come: the readings through the ingestion core, storing GTFS, mobility hubs, KPIs and the
 * page. See docs/mobility.md.
 */
package eu.sharingcities.mobility;
