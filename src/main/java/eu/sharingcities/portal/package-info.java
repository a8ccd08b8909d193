/**
 * The portal shell shared by every module: sign-in, the per-city layout (routes /{city}/...,
 * theme colour, language and time zone), navigation, and what every page uses (counters, live
 * refresh, form problems). Each feature's pages live beside it, in its own {@code ui} package.
 */
package eu.sharingcities.portal;
