/**
 * Water-source heat pumps: heat delivered and electricity used, COP and seasonal performance
 * factors at stated SEPEMO boundaries, the river side and its licence (alarms, monthly
 * compliance), and CO2 and cost against the gas boiler they replace.
 */
package eu.sharingcities.heatpump;
