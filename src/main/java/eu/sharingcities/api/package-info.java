/**
 * The REST API's root ({@code /api}), its OpenAPI description ({@code /openapi}) and the mapping of
 * domain errors to HTTP answers that say what was wrong.
 */
package eu.sharingcities.api;
