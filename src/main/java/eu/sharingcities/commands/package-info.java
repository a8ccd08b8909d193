/**
 * Commands to controllers: setpoints and modes written over the ingestion's OPC UA sessions, only
 * by operators of the city (or a SEMS strategy they switched to act), within each point's limits,
 * audited, and read back from the controller before they count as done.
 */
package eu.sharingcities.commands;
