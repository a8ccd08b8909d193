/**
 * Users, their roles per city, sign-in (guessers slowed down, never accounts locked), and the tenant scope: every transaction of a
 * {@link eu.sharingcities.security.CityScoped} service sees only the signed-in user's cities,
 * enforced by PostgreSQL row-level security.
 */
package eu.sharingcities.security;
