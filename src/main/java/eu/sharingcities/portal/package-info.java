/**
 * The portal shell shared by every module: sign-in, the per-city layout (routes /{city}/...,
 * theme colour, language and time zone), navigation, the landing page, and admin views.
 */
package eu.sharingcities.portal;
