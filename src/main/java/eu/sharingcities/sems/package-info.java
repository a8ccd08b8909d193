/**
 * District smart energy management: strategies (occupancy set-back, demand response, heat pump on
 * tariff and COP) that each propose zone setpoints, a planner that composes them within the
 * buildings' comfort bands, a control cycle that recommends or acts through the command path and
 * logs every cycle, and the district's savings measured with the M&V engine.
 */
package eu.sharingcities.sems;
