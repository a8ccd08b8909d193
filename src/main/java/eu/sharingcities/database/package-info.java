/**
 * The PostgreSQL connection (DB_URL, DB_USER, DB_PASSWORD), the Flyway migrations that run before
 * anything uses it, and the readiness check that says both are done.
 */
package eu.sharingcities.database;
