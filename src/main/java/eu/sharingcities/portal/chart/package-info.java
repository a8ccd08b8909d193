/**
 * The one chart component every module uses: Apache ECharts from its webjar (no commercial Vaadin
 * components, no frontend build), line, bar or area series over time or categories, with units
 * and an empty state.
 */
package eu.sharingcities.portal.chart;
