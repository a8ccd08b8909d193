/**
 * Shared e-bikes with public transport (issue 17, being built): operators' GBFS feeds read as the
 * specification asks ({@code feeds}: discovery, ttl, conditional requests, each file checked
 * against the official schemas). Still to come: the readings through the ingestion core, GTFS,
 * mobility hubs, KPIs, the page, and the platform's own GBFS 3.0 feed.
 */
package eu.sharingcities.mobility;
